/** The downloaded sanctions list files and the download attempts (migration 20261204040000). */
import type { Knex } from 'knex';

export interface PublishedFile {
  file: string;
  sha256: string;
  url: string;
}

export interface DownloadAttempt {
  outcome: 'published' | 'unchanged' | 'failed';
  version?: string;
  entries?: number;
  files?: PublishedFile[];
  error?: string;
}

export interface DownloadRow {
  id: string;
  attempted_at: Date;
  outcome: DownloadAttempt['outcome'];
  version: string | null;
  entries: number | null;
  files: PublishedFile[] | null;
  error: string | null;
}

/** A new set: its files' bytes (each content once) and the attempt that published it, together. */
export async function publishListSet(db: Knex, files: Array<PublishedFile & { bytes: Buffer }>, attempt: DownloadAttempt): Promise<void> {
  await db.transaction(async (trx) => {
    for (const f of files) await trx('sanctions_list_files').insert({ file: f.file, sha256: f.sha256, bytes: f.bytes, source_url: f.url }).onConflict(['file', 'sha256']).ignore();
    await recordDownloadAttempt(trx, attempt);
  });
}

export async function recordDownloadAttempt(db: Knex, attempt: DownloadAttempt): Promise<void> {
  await db('sanctions_list_downloads').insert({
    outcome: attempt.outcome,
    version: attempt.version ?? null,
    entries: attempt.entries ?? null,
    files: attempt.files ? JSON.stringify(attempt.files) : null,
    error: attempt.error ?? null,
  });
}

/** The set in use: the files of the last attempt that published one. */
export async function currentListSet(db: Knex): Promise<DownloadRow | undefined> {
  return db('sanctions_list_downloads').where({ outcome: 'published' }).orderBy('id', 'desc').first();
}

/** When a download last found the publishers' set good (new or unchanged). */
export async function latestGoodDownloadAt(db: Knex): Promise<Date | undefined> {
  const row = await db('sanctions_list_downloads').whereIn('outcome', ['published', 'unchanged']).orderBy('id', 'desc').first('attempted_at');
  return row ? new Date(row.attempted_at) : undefined;
}

/** What /readyz and /metrics say of the downloads: the last attempt, and when one last found the lists good. */
export async function latestDownloadStatus(db: Knex): Promise<{ last: DownloadRow | undefined; lastGoodAt: Date | undefined }> {
  const [last, lastGoodAt] = await Promise.all([latestDownloadAttempt(db), latestGoodDownloadAt(db)]);
  return { last, lastGoodAt };
}

export async function latestDownloadAttempt(db: Knex): Promise<DownloadRow | undefined> {
  return db('sanctions_list_downloads').orderBy('id', 'desc').first();
}

export async function listFileBytes(db: Knex, file: string, sha256: string): Promise<Buffer | undefined> {
  return (await db('sanctions_list_files').where({ file, sha256 }).first('bytes'))?.bytes;
}
