/**
 * The production entry points (api/main.ts, worker.ts) as child processes, configured as an
 * operator would run them against one Postgres and one Temporal: for tests that stop or kill them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEVELOPMENT_ENCRYPTION_KEYS, FIXTURE_SANCTIONS_LIST } from '../../config';
import { freePort } from '../../scripts/ports';
import { testEnvironment } from './environment';
import { waitFor } from './http';

const ROOT = join(__dirname, '..', '..');

/** The variables a standalone process needs (config.ts standaloneVariables), on the test's own database and task queue. */
export function standaloneEnv(databaseUrl: string, taskQueue: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: testEnvironment().temporalAddress,
    TEMPORAL_TASK_QUEUE: taskQueue,
    ENCRYPTION_KEYS: DEVELOPMENT_ENCRYPTION_KEYS,
    FINGERPRINT_KEY: 'sellergate-test-fingerprint-key-0123456789',
    SANCTIONS_LIST_FILES: FIXTURE_SANCTIONS_LIST,
    WORKFLOW_BUNDLE_PATH: testEnvironment().workflowBundlePath,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface ChildRun {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr (its log lines). */
  output: () => string;
  /** Its exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** One of the project's entry points (a path from the repository's root) as a child process. */
export function runEntryPoint(entry: string, env: NodeJS.ProcessEnv): ChildRun {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  child.stdout!.on('data', (c) => chunks.push(String(c)));
  child.stderr!.on('data', (c) => chunks.push(String(c)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => chunks.join(''), exited };
}

/** An API process (api/main.ts) on a free port, once its /readyz answers 200. */
export async function startApiProcess(env: NodeJS.ProcessEnv): Promise<ChildRun & { baseUrl: string }> {
  const port = await freePort();
  const api = runEntryPoint('api/main.ts', { ...env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (api.child.exitCode !== null) throw new Error(`the API process exited (${api.child.exitCode}): ${api.output()}`);
      return fetch(`${baseUrl}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
    },
    (status) => status === 200,
    60_000,
  );
  return { ...api, baseUrl };
}

/** A worker process (worker.ts); it takes work once it has connected. */
export function startWorkerProcess(env: NodeJS.ProcessEnv): ChildRun {
  return runEntryPoint('worker.ts', env);
}
