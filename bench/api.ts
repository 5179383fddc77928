/**
 * API latency and throughput under concurrent load from autocannon in a second process: GET of an
 * application and POST of new ones, against GET /healthz on the same server as the baseline (the
 * HTTP stack with no database or Temporal work behind it).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from './lib';
import { round } from './lib';

interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}

/** Asynchronous on purpose: the server under load runs in this process, and must keep answering. */
export function autocannon(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; connections?: number; seconds?: number; rate?: number },
): Promise<AutocannonResult> {
  const args = ['-j', '-c', String(options.connections ?? 20), '-d', String(options.seconds ?? 8), '-m', options.method ?? 'GET'];
  // A fixed overall rate (requests a second) instead of as fast as the server answers.
  if (options.rate) args.push('-R', String(options.rate));
  for (const [k, v] of Object.entries(options.headers ?? {})) args.push('-H', `${k}=${v}`);
  if (options.body) args.push('-b', options.body);
  return new Promise((resolve, reject) => {
    const child = spawn(join(__dirname, '..', 'node_modules', '.bin', 'autocannon'), [...args, url]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon failed: ${err}`))));
  });
}

export function recordApi(figures: Figure[], name: string, r: AutocannonResult, baseline?: AutocannonResult): void {
  figures.push({
    bench: 'api',
    metric: `${name}: requests/s, p50 / p99 (ms)`,
    value: `${round(r.requests.average, 0)} r/s, ${r.latency.p50} / ${r.latency.p99}`,
    baseline: baseline ? `${round(baseline.requests.average, 0)} r/s (GET /healthz)` : undefined,
    ratio: baseline ? round(r.requests.average / baseline.requests.average, 2) : undefined,
    note: r.non2xx || r.errors ? `${r.non2xx} non-2xx, ${r.errors} errors` : undefined,
  });
}
