/**
 * The standalone API as several processes on one port (API_PROCESSES): each answers, the port's
 * /metrics counts the requests of all of them, a process that dies is replaced, and SIGTERM stops
 * them all with exit 0.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startApiProcess, standaloneEnv } from '../helpers/processes';
import { waitFor } from '../helpers/http';
import { createTestDatabase } from '../helpers/system';

/** The API processes a primary forked, not other helpers a process may have (tsx's esbuild service). */
const childrenOf = (pid: number): number[] => {
  let pids: number[];
  try {
    pids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
  return pids.filter((child) => {
    try {
      return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('api/main.ts');
    } catch {
      return false;
    }
  });
};

const healthzCount = (metrics: string) => Number(metrics.match(/^sellergate_http_request_duration_seconds_count\{[^}]*route="\/healthz"[^}]*\} (\d+)/m)?.[1] ?? 0);

it('serves one port from two processes, counts the requests of both, replaces one that dies and stops on SIGTERM', async () => {
  const env = standaloneEnv(await createTestDatabase(), `api-processes-${Date.now()}`, { API_PROCESSES: '2' });
  const api = await startApiProcess(env);
  try {
    await waitFor(
      async () => childrenOf(api.child.pid!).length,
      (n) => n === 2,
      30_000,
    );
    await waitFor(
      async () => api.output(),
      (out) => out.includes('api processes listening'),
      30_000,
    );
    const before = healthzCount(await (await fetch(`${api.baseUrl}/metrics`)).text());
    for (let i = 0; i < 20; i++) expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
    // Spread over both processes, counted from either: every request is in the port's figure.
    const after = await (await fetch(`${api.baseUrl}/metrics`)).text();
    expect(healthzCount(after) - before).toBe(20);

    const [first] = childrenOf(api.child.pid!);
    process.kill(first, 'SIGKILL');
    await waitFor(
      async () => childrenOf(api.child.pid!),
      (pids) => pids.length === 2 && !pids.includes(first),
      30_000,
    );
    await waitFor(
      // A keep-alive socket to the killed process fails the first request: that is a not-yet, not a failure.
      () =>
        fetch(`${api.baseUrl}/readyz`).then(
          (r) => r.status,
          () => 0,
        ),
      (status) => status === 200,
      30_000,
    );

    const children = childrenOf(api.child.pid!);
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(children.filter(isAlive)).toEqual([]);
  } finally {
    if (api.child.exitCode === null) api.child.kill('SIGKILL');
  }
}, 180_000);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
