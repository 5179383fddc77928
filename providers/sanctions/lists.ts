/**
 * Loads the operator's sanctions list files into one screening index. Each file's format is read
 * from its content: OFAC's CSV files (primary records, alternates, addresses, remarks overflow;
 * those of one list are joined, the Consolidated list's files named cons_*), the UN Security Council
 * Consolidated List XML, the EU's Financial Sanctions File XML, FollowTheMoney entities (OpenSanctions'
 * datasets) and the UK sanctions list CSV; any other file is refused, by name. The list
 * version is a hash of the files' bytes, stored with every screening result so an auditor can tell
 * which list said what.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ScreeningIndex, type ListEntry, type ListSource } from '../../domain/screening/screening-index';

/** Where the shipped synthetic lists live: an index built from them says it is synthetic. */
const SYNTHETIC_LISTS = resolve(__dirname, 'synthetic');
import { noExtras, ofacFileKind, readOfacExtras, type OfacExtras } from './ofac-files';
import { parseOfacSdn } from './ofac-sdn';
import { looksLikeUkSanctionsList, parseUkSanctionsList } from './uk-sanctions';
import { looksLikeUnConsolidated, parseUnConsolidated } from './un-consolidated';
import { looksLikeEuFsf, parseEuFsf } from './eu-fsf';
import { looksLikeFollowTheMoney, parseFollowTheMoney } from './follow-the-money';

export async function loadSanctionsLists(files: string[]): Promise<ScreeningIndex> {
  const hash = createHash('sha256');
  const entries: ListEntry[] = [];
  const sources: ListSource[] = [];
  const ofac = new Map<string, { primaries: Array<{ file: string; content: string }>; extras: OfacExtras }>();
  for (const file of files) {
    const bytes = await readFile(file);
    hash.update(basename(file)).update(bytes);
    const content = bytes.toString('utf8');
    const before = entries.length;
    let publishedAt: string | undefined;
    const kind = ofacFileKind(content);
    if (kind) {
      // OFAC's Consolidated (non-SDN) files are published as cons_prim.csv, cons_alt.csv ...
      const listId = /^cons_/i.test(basename(file)) ? 'ofac-consolidated' : 'ofac-sdn';
      const list = ofac.get(listId) ?? { primaries: [], extras: noExtras() };
      ofac.set(listId, list);
      if (kind === 'primary') list.primaries.push({ file: basename(file), content });
      else readOfacExtras(kind, content, list.extras);
    } else if (looksLikeUnConsolidated(content)) {
      const un = parseUnConsolidated(content);
      entries.push(...un.entries);
      publishedAt = un.publishedAt;
    } else if (looksLikeEuFsf(content)) {
      const eu = parseEuFsf(content);
      entries.push(...eu.entries);
      publishedAt = eu.publishedAt;
    } else if (looksLikeFollowTheMoney(content)) entries.push(...parseFollowTheMoney(content));
    else if (looksLikeUkSanctionsList(content)) entries.push(...parseUkSanctionsList(content));
    else
      throw new Error(
        `sanctions list ${basename(file)}: not a format Sellergate reads (OFAC SDN or Consolidated CSV files, UN Consolidated List XML, EU Financial Sanctions File XML, FollowTheMoney entities, UK sanctions list CSV)`,
      );
    sources.push({ file: basename(file), publishedAt, modifiedAt: (await stat(file)).mtime.toISOString(), entries: entries.length - before, synthetic: dirname(resolve(file)) === SYNTHETIC_LISTS });
  }
  // OFAC's files are read once all of a list's files are in: its primaries' source gets the count.
  for (const [listId, { primaries, extras }] of ofac) {
    if (primaries.length === 0) throw new Error(`sanctions list ${listId}: alternates, addresses or comments were given without the primary records file`);
    for (const { file, content } of primaries) {
      const parsed = parseOfacSdn(content, listId, extras);
      entries.push(...parsed);
      const source = sources.find((s) => s.file === file);
      if (source) source.entries = parsed.length;
    }
  }
  return new ScreeningIndex(`sha256:${hash.digest('hex').slice(0, 16)}`, entries, sources);
}

/**
 * One index per set of files and their contents: building it is the expensive part. The files'
 * size and modification time are looked at on each use (cheap), so an operator who replaces a list
 * file gets a new index, and a new list version, without a restart. A replacement that does not
 * load (cut short, another format) never empties the index: the last good one stays in use, and
 * says why it was not replaced (`reloadFailure`, which /readyz reports), until a good file arrives.
 */
const cache = new Map<string, { stamp: string; index: Promise<ScreeningIndex> }>();
const lastGood = new Map<string, ScreeningIndex>();

function stampOf(files: string[]): string {
  return files
    .map((f) => {
      try {
        const s = statSync(f);
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

export function sanctionsIndex(files: string[]): Promise<ScreeningIndex> {
  const key = files.join('\u0000');
  const stamp = stampOf(files);
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp) return cached.index;
  const index = loadSanctionsLists(files).then(
    (loaded) => {
      lastGood.set(key, loaded);
      return loaded;
    },
    (err: Error) => {
      const good = lastGood.get(key);
      // Nothing good yet (the first load): the error stands, and the next use tries again.
      if (!good) {
        cache.delete(key);
        throw err;
      }
      good.reloadFailure = { at: new Date().toISOString(), error: err.message.split('\n')[0].slice(0, 300) };
      return good;
    },
  );
  cache.set(key, { stamp, index });
  return index;
}

/** The screening settings of a configuration: the lists' index and the potential-match threshold. */
export function screeningFor(config: { sanctionsListFiles: string[]; SCREENING_THRESHOLD: number }) {
  return { index: () => sanctionsIndex(config.sanctionsListFiles), threshold: config.SCREENING_THRESHOLD };
}
