/**
 * Sanctions lists fetched from their publishers (SANCTIONS_LIST_URLS: OFAC's SDN.CSV, ALT.CSV ...,
 * the UN's consolidated.xml, an EU or UK file, or a local server in tests). A download is one set:
 * every URL fetched, the set loaded as a whole to validate it (an unknown format, a cut file, OFAC
 * alternates without their primaries fail here), and refused if it lists fewer than half the entries
 * of the set in use (a publisher's outage page that still parses must not empty the index). A good set
 * that differs is published in Postgres; every process (API and workers, on any machine) then writes the
 * published files into its own folder, where the file-based index (./lists.ts) sees them change and
 * the worker's list watch re-screens against the new version. A failed download keeps the set in use and
 * is recorded, which /readyz and /metrics report.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { currentListSet, listFileBytes, publishListSet, recordDownloadAttempt, type PublishedFile } from '../../db/screening/list-downloads';
import { listFileName } from '../../domain/screening/list-file-name';
import { callSignal } from '../http/call-signal';
import { loadSanctionsLists } from './lists';

const DOWNLOAD_TIMEOUT_MS = 120_000;

export interface ListDownloadSettings {
  urls: string[];
  /** Where this process keeps the published files (config.sanctionsListFiles are in it). */
  dir: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function fetchPublication(url: string): Promise<Buffer> {
  const res = await fetch(url, { signal: callSignal(DOWNLOAD_TIMEOUT_MS), headers: { 'User-Agent': 'Sellergate sanctions list download' } }).catch((err: Error) => {
    // fetch says only "fetch failed": name the URL and the reason underneath (refused, unknown host, timeout).
    throw new Error(`${url} could not be fetched: ${(err.cause as Error | undefined)?.message ?? err.message}`);
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

export type DownloadOutcome = { outcome: 'published' | 'unchanged'; version: string; entries: number } | { outcome: 'failed'; error: string };

/** One download of the whole set: published when it is good and new, recorded either way. */
export async function downloadSanctionsLists(db: Knex, settings: ListDownloadSettings): Promise<DownloadOutcome> {
  const staging = mkdtempSync(join(tmpdir(), 'sellergate-list-download-'));
  try {
    const fetched: Array<PublishedFile & { bytes: Buffer }> = [];
    for (const url of settings.urls) {
      const bytes = await fetchPublication(url);
      fetched.push({ file: listFileName(url), sha256: sha256(bytes), url, bytes });
    }
    const files = fetched.map(({ file, sha256: digest, url }) => ({ file, sha256: digest, url }));
    const current = await currentListSet(db);
    // The same bytes as the set in use (most downloads): validated when they were published, not parsed again.
    const same = current?.files?.length === files.length && files.every((f) => current.files!.some((c) => c.file === f.file && c.sha256 === f.sha256));
    if (same && current.version && current.entries !== null) {
      await recordDownloadAttempt(db, { outcome: 'unchanged', version: current.version, entries: current.entries, files });
      return { outcome: 'unchanged', version: current.version, entries: current.entries };
    }
    const staged = fetched.map((f) => {
      const path = join(staging, f.file);
      writeFileSync(path, f.bytes);
      return path;
    });
    const index = await loadSanctionsLists(staged);
    if (current && index.entries.length < (current.entries ?? 0) / 2) {
      throw new Error(`the download lists ${index.entries.length} entries against ${current.entries} in the set in use: refused as cut short`);
    }
    const attempt = { version: index.version, entries: index.entries.length, files };
    await publishListSet(db, fetched, { outcome: 'published', ...attempt });
    return { outcome: 'published', version: index.version, entries: index.entries.length };
  } catch (err) {
    const error = (err as Error).message.split('\n')[0].slice(0, 500);
    await recordDownloadAttempt(db, { outcome: 'failed', error });
    return { outcome: 'failed', error };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Writes the published set's files that differ from this process's copies (each replaced whole, by rename). */
export async function syncSanctionsLists(db: Knex, dir: string): Promise<{ written: string[] }> {
  const current = await currentListSet(db);
  if (!current?.files) return { written: [] };
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const f of current.files) {
    const path = join(dir, f.file);
    if (existsSync(path) && sha256(readFileSync(path)) === f.sha256) continue;
    const bytes = await listFileBytes(db, f.file, f.sha256);
    if (!bytes) throw new Error(`sanctions list file ${f.file} (${f.sha256.slice(0, 12)}) is published but not stored`);
    writeFileSync(`${path}.partial`, bytes);
    renameSync(`${path}.partial`, path);
    written.push(f.file);
  }
  return { written };
}

/**
 * At start-up: the published set in this process's folder; the first process of a new deployment
 * downloads it first. Fails, naming the reason, when there is no good set to screen against.
 */
async function prepareSanctionsLists(db: Knex, settings: ListDownloadSettings): Promise<void> {
  if (!(await currentListSet(db))) {
    const first = await downloadSanctionsLists(db, settings);
    if (first.outcome === 'failed') throw new Error(`the sanctions lists could not be downloaded: ${first.error}`);
  }
  await syncSanctionsLists(db, settings.dir);
}

/** Keeps this process's copies following the published set, every `intervalMs`; returns the stop. */
function followPublishedLists(db: Knex, dir: string, intervalMs: number, onError: (err: unknown) => void): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    syncSanctionsLists(db, dir)
      .catch(onError)
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * What every process (API, worker, `npm start`) does at start-up with SANCTIONS_LIST_URLS, before it
 * loads the index: the published set copied here, then followed every SANCTIONS_LIST_CHECK_SECONDS.
 * Returns the stop; without SANCTIONS_LIST_URLS there is nothing to do.
 */
export async function keepSanctionsListCopies(
  db: Knex,
  config: { sanctionsListDownload?: ListDownloadSettings; SANCTIONS_LIST_CHECK_SECONDS: number },
  onError: (err: unknown) => void,
): Promise<() => void> {
  const download = config.sanctionsListDownload;
  if (!download) return () => undefined;
  await prepareSanctionsLists(db, download);
  return followPublishedLists(db, download.dir, config.SANCTIONS_LIST_CHECK_SECONDS * 1000, onError);
}
