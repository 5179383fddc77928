/** The API key cache: a known key is looked up once per lifetime, never past its own expiry; an unknown key every time. */
import type { ApiKey } from '../../db/access/api-keys';
import { cachedKeyLookup } from '../../api/access/key-cache';

const key: ApiKey = { id: 'key_1', name: 'frontend', role: 'onboarding_frontend', clientId: 'key_1' };

function counting(answer: (token: string) => ApiKey | undefined) {
  const calls: string[] = [];
  return { calls, lookup: async (token: string) => (calls.push(token), answer(token)) };
}

it('looks a known key up once per lifetime, then again', async () => {
  let t = 1_000_000;
  const db = counting(() => key);
  const lookUp = cachedKeyLookup(db.lookup, 10, () => t);
  expect(await lookUp('sg_a')).toEqual(key);
  t += 9_999;
  expect(await lookUp('sg_a')).toEqual(key);
  expect(db.calls).toHaveLength(1);
  t += 2;
  await lookUp('sg_a');
  expect(db.calls).toHaveLength(2);
});

it('refuses a key revoked elsewhere once its lifetime is over', async () => {
  let t = 0;
  let revoked = false;
  const lookUp = cachedKeyLookup(counting(() => (revoked ? undefined : key)).lookup, 10, () => t);
  expect(await lookUp('sg_a')).toEqual(key);
  revoked = true;
  t = 5_000;
  expect(await lookUp('sg_a')).toEqual(key);
  t = 10_001;
  expect(await lookUp('sg_a')).toBeUndefined();
});

it('never trusts a key past its own expiry', async () => {
  let t = Date.parse('2026-12-07T10:00:00Z');
  const expiring = { ...key, expiresAt: '2026-12-07T10:00:02.000Z' };
  const db = counting(() => (t < Date.parse(expiring.expiresAt) ? expiring : undefined));
  const lookUp = cachedKeyLookup(db.lookup, 60, () => t);
  expect(await lookUp('sg_a')).toEqual(expiring);
  t += 2_000;
  expect(await lookUp('sg_a')).toBeUndefined();
  expect(db.calls).toHaveLength(2);
});

it('looks an unknown key up every time, and keeps no key when the lifetime is 0', async () => {
  const unknown = counting(() => undefined);
  const lookUp = cachedKeyLookup(unknown.lookup, 10);
  await lookUp('sg_x');
  await lookUp('sg_x');
  expect(unknown.calls).toHaveLength(2);
  const uncached = counting(() => key);
  const always = cachedKeyLookup(uncached.lookup, 0);
  await always('sg_a');
  await always('sg_a');
  expect(uncached.calls).toHaveLength(2);
});
