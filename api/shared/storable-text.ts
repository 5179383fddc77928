/**
 * Text Postgres cannot store, found before anything is accepted: a NUL character (text columns
 * refuse it) and an unpaired UTF-16 surrogate (not a Unicode character; JSON can carry one as
 * "\ud800", UTF-8 cannot). Accepting either would mean a 202 and then a write that fails forever.
 */
import type { FieldError } from './problem';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (s: string) => s.includes('\u0000') || loneSurrogate.test(s);

/** The paths of every string (keys included) that cannot be stored, as field errors. */
export function unstorableText(value: unknown, prefix = ''): FieldError[] {
  const at = (key: string | number) => (typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key);
  const error = (path: string): FieldError => ({ path: path || '(body)', code: 'invalid_characters', message: 'contains a NUL character or an unpaired surrogate, which cannot be stored' });
  if (typeof value === 'string') return unstorable(value) ? [error(prefix)] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableText(v, at(i)));
  if (value && typeof value === 'object') {
    // A key that cannot be stored is named with those characters shown as "?".
    const shown = (k: string) => [...k].map((ch) => (ch === '\u0000' || loneSurrogate.test(ch) ? '?' : ch)).join('');
    return Object.entries(value).flatMap(([k, v]) => (unstorable(k) ? [error(at(shown(k)))] : unstorableText(v, at(k))));
  }
  return [];
}
