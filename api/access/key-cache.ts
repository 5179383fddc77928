/**
 * API keys looked up once per lifetime per process, not once per request: the key lookup was one of a
 * GET's two round trips to Postgres, and on these machines a round trip is a large share of its cost.
 * A key revoked or expired elsewhere (the command line, another API process) is refused by each
 * process within API_KEY_CACHE_SECONDS; a key's own expiry is honoured at once. Only known keys are
 * kept, under the key's SHA-256 (never the key itself); unknown ones are looked up every time and
 * counted as failures by the caller.
 */
import { createHash } from 'node:crypto';
import type { ApiKey } from '../../db/access/api-keys';

const BOUND = 10_000;

export function cachedKeyLookup(lookup: (key: string) => Promise<ApiKey | undefined>, seconds: number, now: () => number = Date.now): (key: string) => Promise<ApiKey | undefined> {
  if (seconds <= 0) return lookup;
  const known = new Map<string, { apiKey: ApiKey; until: number }>();
  return async (key) => {
    const id = createHash('sha256').update(key).digest('hex');
    const cached = known.get(id);
    const t = now();
    if (cached && cached.until > t) return cached.apiKey;
    const apiKey = await lookup(key);
    if (!apiKey) {
      known.delete(id);
      return undefined;
    }
    if (known.size >= BOUND) known.clear();
    const expires = apiKey.expiresAt ? new Date(apiKey.expiresAt).getTime() : Infinity;
    known.set(id, { apiKey, until: Math.min(t + seconds * 1000, expires) });
    return apiKey;
  };
}
