/**
 * The `sellergate` command line (DESIGN.md section 4). Reaches the database the same way the
 * server does: DATABASE_URL, or the embedded database (through the running instance if there is one).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { migrate } from './db/knex';
import { createApiKey, roles, type Role } from './db/repositories/api-keys';
import { verifyAuditChain } from './db/repositories/audit';
import { isoDate } from './domain/application';
import { newId } from './domain/ids';
import { createTemporalClient } from './temporal/connection';
import { performanceReviewWorkflowId } from './temporal/workflow-ids';

const usage = `usage:
  sellergate api-key create --role ROLE --name NAME   create an API key; prints the key alone
  sellergate migrate                                  apply database migrations
  sellergate audit verify                             walk the audit trail's hash chain; exit 1 naming the
                                                      first broken link
  sellergate performance evaluate [--as-of YYYY-MM-DD] run one performance-review cycle now, as the
                                                      schedule would, and print its counts as JSON
roles: ${roles.join(', ')}`;

class UsageError extends Error {}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof connectDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await connectDatabase(loadConfig());
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (command === 'api-key' && sub === 'create') {
    const { values } = parseArgs({ args: rest, options: { role: { type: 'string' }, name: { type: 'string' } }, strict: true });
    if (!values.role || !(roles as readonly string[]).includes(values.role)) throw new UsageError(`--role must be one of: ${roles.join(', ')}`);
    if (!values.name?.trim()) throw new UsageError('--name is required');
    const key = await withDatabase(async (db) => {
      await migrate(db);
      return (await createApiKey(db, values.role as Role, values.name!.trim())).key;
    });
    process.stdout.write(`${key}\n`);
    return;
  }
  if (command === 'migrate') {
    const applied = await withDatabase(migrate);
    process.stderr.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'already up to date\n');
    return;
  }
  if (command === 'audit' && sub === 'verify') {
    const result = await withDatabase(verifyAuditChain);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.firstBrokenLink) process.exitCode = 1;
    return;
  }
  if (command === 'performance' && sub === 'evaluate') {
    const { values } = parseArgs({ args: rest, options: { 'as-of': { type: 'string' } }, strict: true });
    const asOf = values['as-of'];
    if (asOf !== undefined && !isoDate.safeParse(asOf).success) throw new UsageError('--as-of must be a date YYYY-MM-DD');
    const config = loadConfig();
    // Without TEMPORAL_ADDRESS: the dev server `npm start` runs.
    const temporal = createTemporalClient({ address: config.TEMPORAL_ADDRESS ?? `127.0.0.1:${config.TEMPORAL_DEV_PORT}`, namespace: config.TEMPORAL_NAMESPACE });
    try {
      const reviewId = newId('performanceReview');
      const result = await temporal.workflow.execute('performanceReview', { workflowId: performanceReviewWorkflowId(reviewId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ reviewId, asOf, trigger: 'cli' }] });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await temporal.connection.close();
    }
    return;
  }
  throw new UsageError(command ? `unknown command: ${[command, sub].filter(Boolean).join(' ')}` : 'no command given');
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof UsageError) process.stderr.write(`${err.message}\n${usage}\n`);
  else if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`sellergate: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
