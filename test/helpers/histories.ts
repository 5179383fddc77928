import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { WORKFLOW_BUILD_ID } from '../../temporal/build-id';

export const historiesDir = join(__dirname, '..', 'workflows', 'histories');

/**
 * RECORD_HISTORIES=1 npx jest test/workflows/<file> writes the histories the replay test keeps, under
 * the current build (temporal/build-id.ts). A history once recorded is never overwritten: a change
 * that needs a new one bumps the build (docs/workflow-versioning.md), so the old build's stays.
 */
export async function recordHistory(name: string, handle: { fetchHistory(): Promise<any> }): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const dir = join(historiesDir, WORKFLOW_BUILD_ID);
  const file = join(dir, `${name}.pb`);
  if (existsSync(file)) return; // kept as recorded: the build's history of this scenario exists
  mkdirSync(dir, { recursive: true });
  // Binary protobuf: under Jest the JSON converter trips over two copies of protobufjs.
  writeFileSync(file, temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
}
