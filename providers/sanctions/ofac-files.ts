/**
 * OFAC publishes each of its lists (the SDN list and the Consolidated non-SDN lists) as four CSV
 * files keyed by the entry number, `ent_num` (OFAC's "SDN and Consolidated List file formats"):
 * the primary records (SDN.CSV / CONS_PRIM.CSV, 12 columns), the alternate names (ALT.CSV /
 * CONS_ALT.CSV: ent_num, alt_num, alt_type, alt_name, alt_remarks: the strong aliases), the addresses
 * (ADD.CSV / CONS_ADD.CSV: ent_num, add_num, address, city/state/postal code, country, remarks) and the
 * remarks too long for the primary file (SDN_COMMENTS.CSV / CONS_COMMENTS.CSV: ent_num, remarks).
 * A file's kind is read from its rows; the files of one list are joined on ent_num.
 */
import { parse } from 'csv-parse/sync';

export type OfacFileKind = 'primary' | 'alternates' | 'addresses' | 'comments';

const EMPTY = '-0-';
export const clean = (v: string | undefined) => {
  const t = (v ?? '').trim();
  return t === EMPTY ? '' : t;
};

export function ofacRows(content: string): string[][] {
  // OFAC's files end with a SUB byte (0x1A), a DOS end-of-file mark: dropped before parsing.
  // eslint-disable-next-line no-control-regex
  const text = content.replace(/\u001a/g, '');
  return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: false }) as string[][];
}

/** The kind of an OFAC CSV from its first rows, or undefined when it is none of the four. */
export function ofacFileKind(content: string): OfacFileKind | undefined {
  const head = content.split(/\r?\n/).slice(0, 5).join('\n');
  if (!/^\d+,/.test(head)) return undefined;
  let rows: string[][];
  try {
    rows = ofacRows(head).filter((r) => /^\d+$/.test((r[0] ?? '').trim()));
  } catch {
    return undefined;
  }
  const first = rows[0];
  if (!first) return undefined;
  if (first.length >= 12) return 'primary';
  if (first.length === 5 && /^(aka|fka|nka)$/i.test(clean(first[2]))) return 'alternates';
  if (first.length === 6 && /^\d+$/.test(clean(first[1]))) return 'addresses';
  if (first.length === 2) return 'comments';
  return undefined;
}

export interface OfacExtras {
  /** ent_num -> strong aliases (ALT.CSV). */
  alternates: Map<string, string[]>;
  /** ent_num -> addresses, "city, country". */
  addresses: Map<string, string[]>;
  /** ent_num -> the rest of the remarks (SDN_COMMENTS.CSV). */
  comments: Map<string, string>;
}

export const noExtras = (): OfacExtras => ({ alternates: new Map(), addresses: new Map(), comments: new Map() });

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Adds an alternates, addresses or comments file to the extras its list's primaries are read with. */
export function readOfacExtras(kind: Exclude<OfacFileKind, 'primary'>, content: string, extras: OfacExtras): void {
  for (const row of ofacRows(content)) {
    const id = (row[0] ?? '').trim();
    if (!/^\d+$/.test(id)) continue;
    if (kind === 'alternates') {
      const name = clean(row[3]);
      if (name) push(extras.alternates, id, name);
    } else if (kind === 'addresses') {
      const address = [clean(row[2]), clean(row[3]), clean(row[4])].filter(Boolean).join(', ');
      if (address) push(extras.addresses, id, address);
    } else {
      extras.comments.set(id, (extras.comments.get(id) ?? '') + clean(row[1]));
    }
  }
}
