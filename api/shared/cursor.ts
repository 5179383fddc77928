/**
 * Keyset cursors for lists sorted by a time and then an ID: opaque to clients (base64url JSON), and
 * checked when they come back, so a tampered cursor is a 400 naming `query.cursor`, not a 500.
 */
import { z } from 'zod';
import { Problem } from './problem';

export interface Position {
  at: string;
  id: string;
}

/** `key` is the time field's name inside the cursor (kept stable for cursors already handed out). */
export function keysetCursor(key: string) {
  const schema = z.object({ [key]: z.iso.datetime(), id: z.string() });
  return {
    encode: (at: Date | string, id: string) => Buffer.from(JSON.stringify({ [key]: new Date(at).toISOString(), id })).toString('base64url'),
    decode(value: string): Position {
      try {
        const parsed = schema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))) as Record<string, string>;
        return { at: parsed[key], id: parsed.id };
      } catch {
        throw new Problem('validation_error', 'The cursor is not valid', { errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'use nextCursor from a previous page' }] });
      }
    },
  };
}

/**
 * A page from rows read with one more than the limit: the extra row only says there is a next page,
 * whose cursor is the last row shown.
 */
export function keysetPage<T extends { id: string }, V>(rows: T[], limit: number, view: (row: T) => V, next: (last: T) => string) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { object: 'list' as const, data: page.map(view), nextCursor: rows.length > limit && last ? next(last) : null };
}
