/**
 * Loads the operator's sanctions list files into one screening index. The list version is a hash
 * of the files' bytes, stored with every screening result so an auditor can tell which list said what.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ScreeningIndex, type ListEntry } from '../../domain/screening/index';
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

/** One index per set of files for the life of the process: building it is the expensive part. */
const cache = new Map<string, Promise<ScreeningIndex>>();

export function sanctionsIndex(files: string[]): Promise<ScreeningIndex> {
  const key = files.join('\u0000');
  let index = cache.get(key);
  if (!index) {
    index = loadSanctionsLists(files);
    index.catch(() => cache.delete(key));
    cache.set(key, index);
  }
  return index;
}

/** The screening settings of a configuration: the lists' index and the potential-match threshold. */
export function screeningFor(config: { sanctionsListFiles: string[]; SCREENING_THRESHOLD: number }) {
  return { index: () => sanctionsIndex(config.sanctionsListFiles), threshold: config.SCREENING_THRESHOLD };
}
