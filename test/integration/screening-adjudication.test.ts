/**
 * A reviewer judges a sanctions match a false positive; the same person on a later application is
 * not raised again for that list entry, while a person with another birth date still is.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const submitAndSettle = async (overrides: Parameters<typeof ukCompany>[0]) => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany(overrides) });
  expect(accepted.status).toBe(202);
  const read = () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer });
  return (await waitFor(read, (r) => ['in_review', 'approved'].includes(r.body?.status))).body;
};
const personScreening = (app: any) => app.checks.find((c: any) => c.kind === 'sanctions' && c.subject.type === 'person' && (c.evidence.matches.length > 0 || c.evidence.cleared));
const post = (path: string, key: string, body?: unknown) => call(system.baseUrl, 'POST', path, { key, body });

it('remembers a false positive for the same subject and entry, and only for them', async () => {
  const person = { ownerName: ['Irina', 'Volkova'] as [string, string], ownerBirthDate: '1988-06-02' };
  const first = await submitAndSettle(person);
  expect(first.status).toBe('in_review');
  const check = personScreening(first);
  const entryId = check.evidence.matches[0].entryId;
  const taskId = first.reviewTasks[0].id;
  const adjudicate = (key: string, body: Record<string, unknown>) => post(`/v1/review-tasks/${taskId}/adjudications`, key, body);
  const verdict = { checkId: check.id, entryId, verdict: 'false_positive', note: 'born 1988 in Leeds; the listed person was born 1971' };

  expect((await adjudicate(system.keys.reviewer, verdict)).body.code).toBe('review_task_not_claimed_by_caller');
  expect((await post(`/v1/review-tasks/${taskId}/claim`, system.keys.reviewer)).status).toBe(200);
  const wrong = await adjudicate(system.keys.reviewer, { ...verdict, entryId: 'ofac-sdn:123', verdict: 'maybe' });
  expect(wrong.status).toBe(400);
  expect(wrong.body.errors.map((e: any) => e.path)).toEqual(['verdict']);
  const notAMatch = await adjudicate(system.keys.reviewer, { ...verdict, entryId: 'ofac-sdn:900002' });
  expect(notAMatch.body.errors).toEqual([expect.objectContaining({ path: 'entryId', code: 'not_a_match' })]);

  const recorded = await adjudicate(system.keys.reviewer, verdict);
  expect(recorded.status).toBe(201);
  expect(recorded.body).toMatchObject({ object: 'screening_adjudication', entryId, verdict: 'false_positive', adjudicatedBy: { name: 'test reviewer' } });
  expect((await adjudicate(system.keys.reviewer, verdict)).body.id).toBe(recorded.body.id); // the same verdict again is one record
  expect(await system.db('audit_events').where({ subject_id: first.id, action: 'screening.adjudicated' }).count('* as n').first()).toEqual({ n: '2' });

  // The same person (name and birth date) on another seller's application: cleared, with the reviewer named.
  const again = await submitAndSettle({ ...person, legalName: 'Volkova Crafts Ltd' });
  const cleared = personScreening(again);
  expect(cleared).toMatchObject({ status: 'passed', evidence: { matches: [], cleared: [{ entryId, adjudicationId: recorded.body.id, adjudicatedBy: 'test reviewer' }] } });
  expect(again.status).toBe('approved');

  // Another birth date is another subject: raised as before.
  const other = await submitAndSettle({ ...person, ownerBirthDate: '1971-03-14', legalName: 'Other Crafts Ltd' });
  expect(other.status).toBe('in_review');
  expect(personScreening(other)).toMatchObject({ status: 'needs_review', code: 'sanctions_potential_match' });
});
