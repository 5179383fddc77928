/**
 * Starts the real things once per test run: a Temporal dev server (our own process, with our own
 * patience), a template database with the migrations applied, and the workflow bundle.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { createDb, migrate } from '../../db/knex';
import { FAILURE_CONVERTER_PATH } from '../../temporal/connection';
import { WORKFLOW_INTERCEPTORS_PATH } from '../../temporal/request-context';
import { startDevServer } from '../../temporal/dev-server';
import { freePortBlock } from '../../scripts/ports';
import { databaseUrl, ENV_KEY, type TestEnvironmentInfo } from './environment';

export default async function globalSetup(): Promise<void> {
  const postgresAdminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const templateDatabase = `sellergate_test_${process.pid}_${Date.now()}`;
  const admin = createDb(postgresAdminUrl, { poolMax: 1 });
  await admin.raw(`create database ${templateDatabase}`);
  await admin.destroy();
  const template = createDb(databaseUrl(postgresAdminUrl, templateDatabase), { poolMax: 1 });
  await migrate(template);
  await template.destroy();

  const server = await startDevServer({ port: await freePortBlock(), readyTimeoutMs: 120_000 });

  const dir = mkdtempSync(join(tmpdir(), 'sellergate-test-'));
  // The failure converter is part of the bundle: workers with the encryption codec use this one.
  const bundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    workflowInterceptorModules: [WORKFLOW_INTERCEPTORS_PATH],
    failureConverterPath: FAILURE_CONVERTER_PATH,
    logger: quietLogger,
  });
  const workflowBundlePath = join(dir, 'workflow-bundle.js');
  writeFileSync(workflowBundlePath, bundle.code);

  const info: TestEnvironmentInfo = { temporalAddress: server.address, postgresAdminUrl, templateDatabase, workflowBundlePath };
  process.env[ENV_KEY] = JSON.stringify(info);
  (globalThis as Record<string, unknown>).__sellergate = { server, info };
}

const noop = () => {};
const quietLogger = { trace: noop, debug: noop, info: noop, warn: noop, error: console.error, log: noop };
