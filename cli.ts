/**
 * The `sellergate` command line (DESIGN.md section 4). Reaches the database the same way the
 * server does: DATABASE_URL, or the embedded database (through the running instance if there is one).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { migrate } from './db/knex';
import { createApiKey, listApiKeys, revokeApiKey, roles, rotateApiKey, type Role } from './db/access/api-keys';
import { verifyAuditChain } from './db/shared/audit';
import { recordAuditCheckpoint } from './db/shared/audit-checkpoints';
import { isoDate } from './domain/onboarding/application';
import { newId } from './domain/shared/ids';
import { createTemporalClient } from './temporal/connection';
import { configuredCluster, devServerConnection } from './temporal/cluster-connection';
import { performanceReviewWorkflowId } from './temporal/workflow-ids';

const usage = `usage:
  sellergate api-key create --role ROLE --name NAME   create an API key; prints the key alone
      [--client CLIENT_ID]                            ... for an existing client (another key of the same integrator)
      [--authority NAME --jurisdiction CODE]          ... a regulator's: the authority it acts for (required for regulator)
      [--expires-in-days N]
  sellergate api-key rotate --id KEY_ID [--overlap-hours H]   a new key for the same client and role, printed alone;
                                                      the old one expires after H hours (default 24)
  sellergate api-key revoke --id KEY_ID               refuse the key from now on
  sellergate api-key list                             the keys: id, role, client, prefix, last used, expiry
  sellergate migrate                                  apply database migrations
  sellergate audit verify                             walk the audit trail's hash chains and checkpoints;
                                                      exit 1 naming the first broken link or checkpoint
  sellergate audit checkpoint                         sign the chains' heads now, as the schedule does
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
    const { values } = parseArgs({
      args: rest,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        client: { type: 'string' },
        authority: { type: 'string' },
        jurisdiction: { type: 'string' },
        'expires-in-days': { type: 'string' },
      },
      strict: true,
    });
    if (!values.role || !(roles as readonly string[]).includes(values.role)) throw new UsageError(`--role must be one of: ${roles.join(', ')}`);
    if (!values.name?.trim()) throw new UsageError('--name is required');
    if (values.role === 'regulator' && !(values.authority?.trim() && values.jurisdiction?.trim())) throw new UsageError('a regulator key needs --authority and --jurisdiction');
    const days = values['expires-in-days'] === undefined ? undefined : Number(values['expires-in-days']);
    if (days !== undefined && !(days > 0)) throw new UsageError('--expires-in-days must be a positive number');
    const key = await withDatabase(async (db) => {
      await migrate(db);
      return (
        await createApiKey(db, values.role as Role, values.name!.trim(), {
          clientId: values.client,
          authority: values.authority?.trim(),
          jurisdiction: values.jurisdiction?.trim().toUpperCase(),
          expiresAt: days === undefined ? undefined : new Date(Date.now() + days * 86_400_000),
        })
      ).key;
    });
    process.stdout.write(`${key}\n`);
    return;
  }
  if (command === 'api-key' && sub === 'rotate') {
    const { values } = parseArgs({ args: rest, options: { id: { type: 'string' }, 'overlap-hours': { type: 'string' } }, strict: true });
    if (!values.id) throw new UsageError('--id is required');
    const overlap = Number(values['overlap-hours'] ?? 24);
    if (!(overlap >= 0)) throw new UsageError('--overlap-hours must be 0 or more');
    const rotated = await withDatabase((db) => rotateApiKey(db, values.id!, overlap));
    process.stderr.write(`${values.id} expires at ${rotated.oldExpiresAt.toISOString()}; new key ${rotated.apiKey.id}\n`);
    process.stdout.write(`${rotated.key}\n`);
    return;
  }
  if (command === 'api-key' && sub === 'revoke') {
    const { values } = parseArgs({ args: rest, options: { id: { type: 'string' } }, strict: true });
    if (!values.id) throw new UsageError('--id is required');
    if (!(await withDatabase((db) => revokeApiKey(db, values.id!)))) throw new Error(`no active API key ${values.id}`);
    process.stderr.write(`revoked ${values.id}\n`);
    return;
  }
  if (command === 'api-key' && sub === 'list') {
    process.stdout.write(`${JSON.stringify(await withDatabase(listApiKeys), null, 2)}\n`);
    return;
  }
  if (command === 'migrate') {
    const applied = await withDatabase(migrate);
    process.stderr.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'already up to date\n');
    return;
  }
  if (command === 'audit' && sub === 'verify') {
    const { auditCheckpointKey } = loadConfig();
    const result = await withDatabase((db) => verifyAuditChain(db, auditCheckpointKey));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.firstBrokenLink || result.checkpoints.firstBroken) process.exitCode = 1;
    return;
  }
  if (command === 'audit' && sub === 'checkpoint') {
    const { auditCheckpointKey } = loadConfig();
    process.stdout.write(`${JSON.stringify(await withDatabase((db) => recordAuditCheckpoint(db, auditCheckpointKey)), null, 2)}\n`);
    return;
  }
  if (command === 'performance' && sub === 'evaluate') {
    const { values } = parseArgs({ args: rest, options: { 'as-of': { type: 'string' } }, strict: true });
    const asOf = values['as-of'];
    if (asOf !== undefined && !isoDate.safeParse(asOf).success) throw new UsageError('--as-of must be a date YYYY-MM-DD');
    const config = loadConfig();
    // Without TEMPORAL_ADDRESS: the dev server `npm start` runs.
    const cluster = config.TEMPORAL_ADDRESS ? configuredCluster(config) : devServerConnection(`127.0.0.1:${config.TEMPORAL_DEV_PORT}`);
    const temporal = createTemporalClient({ ...cluster, namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
    try {
      const reviewId = newId('performanceReview');
      const result = await temporal.workflow.execute('performanceReview', {
        workflowId: performanceReviewWorkflowId(reviewId),
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ reviewId, asOf, trigger: 'cli' }],
      });
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
