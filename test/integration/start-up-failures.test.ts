/**
 * A start-up that cannot succeed ends at once with the real reason and exit code 1, from each of the
 * project's entry points (the API, the worker, `npm start`'s scripts/start.ts), instead of a follow-on
 * error from tearing down half-started parts (the Temporal SDK's "Cannot close connection while Workers
 * hold a reference to it" hid the cause before) or a process that runs without what it needs.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/ports';
import { runEntryPoint, standaloneEnv } from '../helpers/processes';
import { createTestDatabase } from '../helpers/system';

const tmp = () => mkdtempSync(join(tmpdir(), 'sellergate-start-up-'));

let url: string;
beforeAll(async () => {
  url = await createTestDatabase();
});

const missingList = '/nonexistent/sellergate/sdn.csv';

async function failedStart(entry: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const run = runEntryPoint(entry, env);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 90_000);
  const code = await run.exited.finally(() => clearTimeout(timer));
  return { code, output: run.output() };
}

function expectCleanFailure(outcome: { code: number | null; output: string }, reason: string | RegExp): void {
  expect(outcome.output).toMatch(reason);
  expect(outcome.output).not.toMatch(/hold a reference|UnhandledPromiseRejection|unhandled/i);
  // Not killed by the timer: it ended by itself, with the failure's code.
  expect(outcome.code).toBe(1);
}

it.each(['api/main.ts', 'worker.ts', 'scripts/start.ts'])(
  '%s with a sanctions list file that does not exist exits 1 naming the file',
  async (entry) => {
    const env = standaloneEnv(url, `start-up-${Date.now()}`, { SANCTIONS_LIST_FILES: missingList, PORT: String(await freePort()) });
    expectCleanFailure(await failedStart(entry, env), missingList);
  },
  120_000,
);

it.each(['api/main.ts', 'worker.ts'])(
  '%s whose lists are to be downloaded from a publisher that does not answer exits 1 naming the URL',
  async (entry) => {
    const publisher = `http://127.0.0.1:${await freePort()}/ofac/SDN.CSV`;
    const env = standaloneEnv(await createTestDatabase(), `start-up-${Date.now()}`, { SANCTIONS_LIST_FILES: '', SANCTIONS_LIST_URLS: publisher, PORT: String(await freePort()), DATA_DIR: tmp() });
    expectCleanFailure(await failedStart(entry, env), `the sanctions lists could not be downloaded: ${publisher} could not be fetched`);
  },
  120_000,
);

it.each([
  ['api/main.ts', '1'],
  ['api/main.ts', '2'],
  ['scripts/start.ts', '1'],
])(
  '%s (API_PROCESSES=%s) on a port already in use exits 1 naming the port',
  async (entry, processes) => {
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '0.0.0.0', resolve));
    try {
      const env = standaloneEnv(url, `start-up-${Date.now()}`, { PORT: String(port), API_PROCESSES: processes });
      expectCleanFailure(await failedStart(entry, env), `port ${port} is in use`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  },
  120_000,
);
