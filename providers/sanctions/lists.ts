/**
 * Loads the operator's sanctions list files into one screening index. The list version is a hash
 * of the files' bytes, stored with every screening result so an auditor can tell which list said what.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ScreeningIndex, type ListEntry } from '../../domain/screening/screening-index';
import { looksLikeOfacSdn, parseOfacSdn } from './ofac-sdn';
import { looksLikeUkSanctionsList, parseUkSanctionsList } from './uk-sanctions';

export async function loadSanctionsLists(files: string[]): Promise<ScreeningIndex> {
  const hash = createHash('sha256');
  const entries: ListEntry[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    hash.update(basename(file)).update(bytes);
    const content = bytes.toString('utf8');
    if (looksLikeOfacSdn(content)) entries.push(...parseOfacSdn(content));
    else if (looksLikeUkSanctionsList(content)) entries.push(...parseUkSanctionsList(content));
    else throw new Error(`sanctions list ${basename(file)}: neither the OFAC SDN CSV nor the UK sanctions list CSV format`);
  }
  return new ScreeningIndex(`sha256:${hash.digest('hex').slice(0, 16)}`, entries);
}

/**
 * One index per set of files and their contents: building it is the expensive part. The files'
 * size and modification time are looked at on each use (cheap), so an operator who replaces a list
 * file gets a new index, and a new list version, without a restart.
 */
const cache = new Map<string, { stamp: string; index: Promise<ScreeningIndex> }>();

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
  const index = loadSanctionsLists(files);
  index.catch(() => cache.delete(key));
  cache.set(key, { stamp, index });
  return index;
}

/** The screening settings of a configuration: the lists' index and the potential-match threshold. */
export function screeningFor(config: { sanctionsListFiles: string[]; SCREENING_THRESHOLD: number }) {
  return { index: () => sanctionsIndex(config.sanctionsListFiles), threshold: config.SCREENING_THRESHOLD };
}
