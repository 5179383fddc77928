import { createDb } from '../../db/knex';
import type { DevServer } from '../../temporal/dev-server';
import type { TestEnvironmentInfo } from './environment';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__sellergate as { server: DevServer; info: TestEnvironmentInfo } | undefined;
  if (!state) return;
  await state.server.stop();
  const admin = createDb(state.info.postgresAdminUrl, { poolMax: 1 });
  // Every database this run made carries the template's name as prefix.
  const { rows } = await admin.raw('select datname from pg_database where datname like ?', [`${state.info.templateDatabase}%`]);
  for (const { datname } of rows as Array<{ datname: string }>) await admin.raw(`drop database if exists "${datname}" with (force)`);
  await admin.destroy();
}
