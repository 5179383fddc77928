/**
 * Account groups over the real stack: sellers linked by a shared bank account (from their
 * applications) and a shared device (reported by the marketplace) form one group, found by a
 * recursive query; an investigation opened on the group ends in an enforcement on every member, each
 * with its own statement of reasons; a new application that shares a phone number with a suspended
 * member goes to review with the link as evidence.
 */
import { randomInt } from 'node:crypto';
import { ukCompany, uniqueIban } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { caseTasks } from '../helpers/case-tasks';

let system: System;
beforeAll(async () => {
  system = await startSystem({ env: { ENFORCEMENT_NOTICE_HOURS: '0' } });
});
afterAll(async () => {
  await system?.stop();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body: unknown = {}) => call(system.baseUrl, 'POST', path, { key, body });

/** An application of its own: its own address too, so that only what a test shares links it. */
function application(over: { iban?: string; phone?: string } = {}) {
  const body = ukCompany({ iban: over.iban ?? uniqueIban() });
  body.business.address = { ...body.business.address, line1: `${randomInt(1, 9999)} Lattice Road ${randomInt(1, 9999)}` };
  if (over.phone) body.business.phone = over.phone;
  return body;
}

async function submit(body: ReturnType<typeof application>, until: (status: string) => boolean) {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, body);
  expect(accepted.status).toBe(202);
  const app = await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => until(r.body.status),
  );
  return { sellerId: accepted.body.sellerId as string, applicationId: accepted.body.id as string, app: app.body };
}

const tasks = caseTasks(() => system.baseUrl);

it('finds the group through a shared bank account and a reported device, enforces on every member with its own statement, and sends a linked newcomer to review', async () => {
  const shared = uniqueIban();
  const a = await submit(application({ iban: shared }), (s) => s === 'approved');
  const bBody = application({ iban: shared });
  const b = await submit(bBody, (s) => s === 'approved');
  const c = await submit(application(), (s) => s === 'approved');
  const d = await submit(application(), (s) => s === 'approved');

  // The marketplace saw B and C on the same device; the same report again adds nothing.
  const report = { identifiers: [{ kind: 'device', value: 'dev-4411-aa' }] };
  expect((await post(`/v1/sellers/${b.sellerId}/identifiers`, system.keys.order_system, report)).body).toMatchObject({ added: 1 });
  expect(
    (
      await post(`/v1/sellers/${c.sellerId}/identifiers`, system.keys.order_system, {
        identifiers: [
          { kind: 'device', value: 'dev-4411-aa' },
          { kind: 'ip', value: '198.51.100.7' },
        ],
      })
    ).body,
  ).toMatchObject({ added: 2 });
  expect((await post(`/v1/sellers/${b.sellerId}/identifiers`, system.keys.order_system, report)).body).toMatchObject({ added: 1 });
  expect(await system.db('seller_identifiers').where({ seller_id: b.sellerId, kind: 'device' })).toHaveLength(1);
  // Only fingerprints are kept.
  expect(JSON.stringify(await system.db('seller_identifiers'))).not.toContain('dev-4411-aa');

  const group = (await get(`/v1/sellers/${a.sellerId}/account-group`)).body;
  expect(group.members.map((m: any) => m.sellerId).sort()).toEqual([a.sellerId, b.sellerId, c.sellerId].sort());
  expect(group.members.every((m: any) => m.status === 'active')).toBe(true);
  const pair = (x: string, y: string) => [x, y].sort();
  expect(group.links.map((l: any) => [l.sellers, l.kinds])).toEqual(
    expect.arrayContaining([
      [pair(a.sellerId, b.sellerId), ['bank_account']],
      [pair(b.sellerId, c.sellerId), ['device']],
    ]),
  );
  expect(group.links).toHaveLength(2);
  expect((await get(`/v1/sellers/${d.sellerId}/account-group`)).body.members).toHaveLength(1);

  const opened = await post(`/v1/sellers/${a.sellerId}/account-group/investigation`, system.keys.reviewer);
  expect(opened).toMatchObject({ status: 202, body: { memberIds: [a.sellerId, b.sellerId, c.sellerId].sort() } });
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === a.sellerId),
    )
  ).body.data.find((t: any) => t.sellerId === a.sellerId);
  const decided = await tasks.claimAndDecide(task.id, system.keys.reviewer, {
    outcome: 'enforce',
    reasons: ['fraud_confirmed'],
    note: 'one operator behind three shops',
    action: {
      type: 'suspension',
      scope: 'group',
      ground: { type: 'terms', reference: 'Seller terms 4.2 (one account per business)', explanation: 'One business may hold one seller account.' },
      facts: ['The account took payment for orders it never shipped.'],
    },
  });
  expect(decided.status).toBe(200);
  const investigation = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.status === 'closed',
    )
  ).body;
  expect(investigation.signals).toEqual([{ source: 'account_group', memberIds: [a.sellerId, b.sellerId, c.sellerId].sort() }]);
  expect(investigation.groupEnforcementIds).toHaveLength(2);
  const actions = await system.db('enforcement_actions').where({ source: 'investigation', source_id: task.subjectId });
  expect(actions.map((x) => x.seller_id).sort()).toEqual([a.sellerId, b.sellerId, c.sellerId].sort());
  const of = (sellerId: string) => actions.find((x) => x.seller_id === sellerId)!.statement;
  expect(of(a.sellerId).facts).toEqual(['The account took payment for orders it never shipped.']);
  expect(of(b.sellerId).facts[0]).toMatch(/shares a bank account with the account/);
  expect(of(c.sellerId).facts[0]).toMatch(/through other accounts/);
  expect(of(c.sellerId).reasons).toEqual(['fraud_confirmed', 'account_group_member']);

  // The investigator decided them: each takes effect after its notice period (none here).
  await waitFor(
    () => get(`/v1/sellers/${b.sellerId}`),
    (r) => r.body.status === 'suspended',
  );
  expect((await get(`/v1/sellers/${a.sellerId}/account-group`)).body.members.map((m: any) => m.enforcements.map((x: any) => x.type))).toEqual([['suspension'], ['suspension'], ['suspension']]);

  // A newcomer with B's phone number: to a reviewer, with the link as evidence.
  const e = await submit(application({ phone: bBody.business.phone }), (s) => s === 'in_review');
  expect(e.app.risk.contributions).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'link.phone', explanation: expect.stringContaining(b.sellerId) })]));
  expect(e.app.risk.version).toBe('risk-2026-12-v2');
});
