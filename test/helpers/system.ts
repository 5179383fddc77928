/**
 * A real Sellergate for one test file: its own database (a copy of the migrated template), a
 * worker on its own task queue against the shared dev server, and the API on a free port.
 */
import { keepSanctionsListCopies } from '../../providers/sanctions/list-downloads';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { createLogger } from '../../logger';
import { sanctionsIndex, screeningFor } from '../../providers/sanctions/lists';
import { watchSanctionsLists } from '../../temporal/list-changes';
import { createApp } from '../../api/app';
import { loadConfig, type Config } from '../../config';
import { createDb, type Db } from '../../db/knex';
import { createApiKey, roles, type Role } from '../../db/access/api-keys';
import type { Providers } from '../../providers';
import { createTemporalClient } from '../../temporal/connection';
import { createWorker } from '../../worker';
import { promoteBuild } from '../../temporal/versioning';
import { databaseUrl, testEnvironment } from './environment';
import { call } from './http';

let counter = 0;

// The worker's own INFO lines (state changes, bundle sizes) drown the test output.
try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  /* already installed by an earlier file in this process */
}

export async function createTestDatabase(): Promise<string> {
  const env = testEnvironment();
  // Jest gives each file a fresh module registry, so a counter alone would repeat: add randomness.
  const name = `${env.templateDatabase}_${++counter}_${randomBytes(4).toString('hex')}`;
  const admin = createDb(env.postgresAdminUrl, { poolMax: 1 });
  await admin.raw(`create database "${name}" template "${env.templateDatabase}"`);
  await admin.destroy();
  return databaseUrl(env.postgresAdminUrl, name);
}

export interface SystemOptions {
  providers?: Providers;
  /** An already-migrated database to use instead of a fresh copy of the template. */
  databaseUrl?: string;
  /** Where the API (not the worker) finds the database and Temporal: lets fault tests put a proxy between. */
  apiDatabaseUrl?: (url: string) => string;
  apiTemporalAddress?: (address: string) => string;
  env?: Record<string, string>;
  /** Where the API's log lines go (default: nowhere). */
  logStream?: NodeJS.WritableStream;
  /** Another Temporal server than the shared one (a fault test that stops and restarts its own). */
  temporalAddress?: string;
  /** false: no worker in this process (a fault test runs the worker as a process it can kill). */
  worker?: boolean;
  /** Run the sanctions list watch (SANCTIONS_LIST_CHECK_SECONDS) as the worker process does. */
  watchLists?: boolean;
}

export interface System {
  baseUrl: string;
  db: Db;
  databaseUrl: string;
  temporal: Client;
  config: Config;
  keys: Record<Role, string>;
  stop(): Promise<void>;
}

export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const shared = testEnvironment();
  const env = { ...shared, temporalAddress: options.temporalAddress ?? shared.temporalAddress };
  const url = options.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig({
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: `test-${process.pid}-${Date.now()}-${++counter}`,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'sellergate-data-')),
    LOG_LEVEL: 'silent',
    SANDBOX_CALLBACK_DELAY_SECONDS: '0.2',
    // Tests poll hard; the limit itself is tested with its own setting.
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_FAILURES_PER_MINUTE: '100000',
    // Tests revoke keys and expect the next request refused; the cache has its own tests.
    API_KEY_CACHE_SECONDS: '0',
    ...options.env,
  });
  const db = createDb(url);
  // Downloaded lists (SANCTIONS_LIST_URLS), as the API and worker processes start on them.
  const stopFollowing = await keepSanctionsListCopies(db, config, () => undefined);
  const apiDb = options.apiDatabaseUrl ? createDb(options.apiDatabaseUrl(url)) : db;
  const temporal = createTemporalClient({
    address: options.apiTemporalAddress ? options.apiTemporalAddress(env.temporalAddress) : env.temporalAddress,
    namespace: config.TEMPORAL_NAMESPACE,
    keyring: config.keyring,
  });
  // Every answer in the tests is held to its route's declaration (api/shared/mount.ts).
  const app = createApp(
    { config, db: apiDb, temporal, logger: options.logStream ? createLogger('debug', options.logStream) : pino({ level: 'silent' }), screening: screeningFor(config) },
    { checkContract: true },
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The API is up first, so sandbox providers that answer later know where to call back.
  const workerConfig = { ...config, publicUrl: options.env?.PUBLIC_URL ?? baseUrl };
  const connection = await NativeConnection.connect({ address: env.temporalAddress });
  const worker =
    options.worker === false ? undefined : await createWorker({ config: workerConfig, db, connection, temporal, providers: options.providers, workflowBundle: { codePath: env.workflowBundlePath } });
  const running = worker?.run();
  // With TEMPORAL_WORKER_VERSIONING=on the build takes work once current, as the worker process makes it.
  if (worker) await promoteBuild(temporal, config);
  const stopWatching = options.watchLists
    ? watchSanctionsLists({ db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE, index: () => sanctionsIndex(config.sanctionsListFiles), intervalMs: config.SANCTIONS_LIST_CHECK_SECONDS * 1000 })
    : () => undefined;

  const keys = {} as Record<Role, string>;
  for (const role of roles) keys[role] = (await createApiKey(db, role, `test ${role}`, role === 'regulator' ? { authority: 'Test Authority', jurisdiction: 'EU' } : {})).key;

  return {
    baseUrl,
    db,
    databaseUrl: url,
    temporal,
    config,
    keys,
    async stop() {
      stopWatching();
      stopFollowing();
      await new Promise((r) => server.close(r));
      server.closeAllConnections();
      worker?.shutdown();
      await running;
      await connection.close();
      await temporal.connection.close();
      if (apiDb !== db) await apiDb.destroy();
      await db.destroy();
    },
  };
}

/** A system for the test file (started before its tests, stopped after) and calls against it. */
export function useSystem(options: SystemOptions = {}) {
  const holder: { system?: System } = {};
  beforeAll(async () => {
    holder.system = await startSystem(options);
  });
  afterAll(async () => {
    await holder.system?.stop();
  });
  return {
    get system(): System {
      return holder.system!;
    },
    get: (path: string, key: string) => call(holder.system!.baseUrl, 'GET', path, { key }),
    post: (path: string, key: string, body?: unknown) => call(holder.system!.baseUrl, 'POST', path, { key, body }),
  };
}
