/**
 * The `sellergate` command line (DESIGN.md section 4). Reaches the database the same way the
 * server does: DATABASE_URL, or the embedded database (through the running instance if there is one).
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { migrate } from './db/knex';
import { createApiKey, roles, type Role } from './db/repositories/api-keys';

const usage = `usage:
  sellergate api-key create --role ROLE --name NAME   create an API key; prints the key alone
  sellergate migrate                                  apply database migrations
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
  throw new UsageError(command ? `unknown command: ${[command, sub].filter(Boolean).join(' ')}` : 'no command given');
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof UsageError) process.stderr.write(`${err.message}\n${usage}\n`);
  else if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`sellergate: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
