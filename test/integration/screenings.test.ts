/** Ad-hoc screening by reviewers over HTTP, against the configured list (the synthetic fixture). */
import { call } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const screen = (body: unknown, key = system.keys.reviewer) => call(system.baseUrl, 'POST', '/v1/screenings', { key, body });

it('returns the matches sorted by score with the list version, and audits the search without the name', async () => {
  const res = await screen({ name: 'Irina Volkova', type: 'person', dateOfBirth: '1971-03-14', country: 'RU' });
  expect(res.status).toBe(200);
  expect(res.body.listVersion).toMatch(/^sha256:/);
  expect(res.body.matches[0]).toMatchObject({ entryId: 'ofac-sdn:900001', name: 'VOLKOVA, Irina', program: 'SYNTH-RU' });
  expect(res.body.matches[0].score).toBeGreaterThanOrEqual(res.body.threshold);
  const scores = res.body.matches.map((m: any) => m.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);

  const audit = await system
    .db('audit_events')
    .where({ action: 'screening.ad_hoc', request_id: res.headers.get('x-request-id') })
    .first();
  expect(audit.data).toMatchObject({ type: 'person', matches: ['ofac-sdn:900001'] });
  expect(JSON.stringify(audit)).not.toMatch(/Irina|Volkova/i);
});

it('finds nothing for an ordinary name and refuses bad input naming the fields', async () => {
  expect((await screen({ name: 'Acme Widgets Ltd', type: 'organization' })).body.matches).toEqual([]);
  const bad = await screen({ name: '', type: 'vessel', dateOfBirth: '1971-13-01' });
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: any) => e.path).sort()).toEqual(['dateOfBirth', 'name', 'type']);
});
