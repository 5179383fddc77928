/**
 * The daily performance cycle split into ranges of seller IDs, each evaluated by its own activity, so
 * that the workers share the cycle and each query reads only its sellers' rows (through the primary
 * key, seller_id first). Seller IDs are `sel_` and 20 random Crockford base-32 characters (domain/shared/ids.ts),
 * so ranges cut at the first two characters hold about the same number of sellers each. In the
 * characters used, lower-case letters and digits, the database's text order and JavaScript's agree.
 */
import { ID_ALPHABET as ALPHABET } from '../shared/ids';

export interface SellerRange {
  /** The first seller ID of the range (inclusive); none for the first range. */
  from?: string;
  /** The first seller ID after the range (exclusive); none for the last range. */
  to?: string;
}

const PREFIXES = ALPHABET.length ** 2;
export const MAX_SELLER_RANGES = PREFIXES;

const boundary = (k: number) => `sel_${ALPHABET[Math.floor(k / ALPHABET.length)]}${ALPHABET[k % ALPHABET.length]}`;

/** `count` contiguous ranges that together hold every seller ID, each once. */
export function sellerRanges(count: number): SellerRange[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SELLER_RANGES) throw new Error(`the cycle splits into 1 to ${MAX_SELLER_RANGES} ranges, not ${count}`);
  if (count === 1) return [{}];
  const cuts = Array.from({ length: count - 1 }, (_, i) => boundary(Math.round(((i + 1) * PREFIXES) / count)));
  const ranges: SellerRange[] = cuts.map((to, i) => (i === 0 ? { to } : { from: cuts[i - 1], to }));
  return [...ranges, { from: cuts[count - 2] }];
}

export const inSellerRange = (sellerId: string, range: SellerRange): boolean => (range.from === undefined || sellerId >= range.from) && (range.to === undefined || sellerId < range.to);
