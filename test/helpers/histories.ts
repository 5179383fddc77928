import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';

/**
 * RECORD_HISTORIES=1 npx jest test/workflows/<file> writes the histories the replay test keeps:
 * record them again only when a change is meant to be incompatible (and patched()).
 */
export async function recordHistory(name: string, handle: { fetchHistory(): Promise<any> }): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  // Binary protobuf: under Jest the JSON converter trips over two copies of protobufjs.
  writeFileSync(join(__dirname, '..', 'workflows', 'histories', `${name}.pb`), temporal.api.history.v1.History.encode(await handle.fetchHistory()).finish());
}
