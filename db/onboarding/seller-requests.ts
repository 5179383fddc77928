/**
 * Requests to approved sellers: identity documents nearing expiry are found across all sellers in
 * one query and asked for once per document (the request ID derives from the person and the expiry);
 * what was eventually due at approval is asked for once per application.
 */
import { refreshApplicationIdentifiers } from '../account-groups/identifiers';
import type { Knex } from 'knex';
import { derivedId } from '../../domain/shared/ids';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { dueFromSubmission, type SubmittedFacts } from '../../domain/onboarding/requirements';
import { onboardingRules } from '../../domain/onboarding/rulesets';
import { eventuallyDueDeadline } from '../../domain/onboarding/eventually-due';
import { appendAudit } from '../shared/audit';
import { sealBusiness, sealPerson, unseal } from '../field-keyring';
import { listPersons, type ApplicationRow } from './applications';

export interface SellerRequestRow {
  id: string;
  seller_id: string;
  application_id: string;
  person_id: string | null;
  kind: 'document_renewal' | 'eventually_due';
  items: string[];
  status: 'open' | 'answered' | 'expired';
  due_at: Date;
  answered_at: Date | null;
  created_at: Date;
}

/** Days before expiry that the seller is asked for a new document. */
export const RENEWAL_NOTICE_DAYS = 30;

/** New requests for documents expiring within the notice, of sellers still on the marketplace. */
export async function createRenewalRequests(db: Knex, asOf: string): Promise<SellerRequestRow[]> {
  const { rows } = await db.raw(
    `select p.id as person_id, p.application_id, a.seller_id, p.details->'idDocument'->>'expiresOn' as expires_on
     from persons p
     join applications a on a.id = p.application_id and a.status = 'approved'
     join sellers s on s.id = a.seller_id and s.status in ('active', 'suspended')
     where p.details->'idDocument'->>'expiresOn' is not null
       and (p.details->'idDocument'->>'expiresOn')::date > ?::date
       and (p.details->'idDocument'->>'expiresOn')::date <= ?::date + ?::int`,
    [asOf, asOf, RENEWAL_NOTICE_DAYS],
  );
  const created: SellerRequestRow[] = [];
  for (const r of rows as Array<{ person_id: string; application_id: string; seller_id: string; expires_on: string }>) {
    const id = derivedId('sellerRequest', r.person_id, r.expires_on);
    const [row] = await db('seller_requests')
      .insert({
        id,
        seller_id: r.seller_id,
        application_id: r.application_id,
        person_id: r.person_id,
        kind: 'document_renewal',
        items: JSON.stringify([`persons.${r.person_id}.idDocument`]),
        status: 'open',
        due_at: `${r.expires_on}T00:00:00Z`,
      })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (row) created.push(row);
  }
  return created;
}

export const findSellerRequest = (db: Knex, id: string): Promise<SellerRequestRow | undefined> => db('seller_requests').where({ id }).first();

export const openSellerRequests = (db: Knex, sellerId: string): Promise<SellerRequestRow[]> => db('seller_requests').where({ seller_id: sellerId, status: 'open' }).orderBy('due_at');

/** The seller's new document replaces the old one on the person; the request is answered. */
export async function answerRenewal(db: Knex, request: SellerRequestRow, idDocument: Record<string, unknown>, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const person = await trx('persons').where({ id: request.person_id }).forUpdate().first('details');
    await trx('persons')
      .where({ id: request.person_id })
      .update({ details: JSON.stringify(sealPerson({ ...person.details, idDocument })) });
    await trx('seller_requests').where({ id: request.id, status: 'open' }).update({ status: 'answered', answered_at: trx.fn.now() });
    await appendAudit(trx, { actor, action: 'seller_request.answered', subjectType: 'seller', subjectId: request.seller_id, data: { requestId: request.id, fields: ['idDocument'] }, requestId });
  });
}

export async function expireSellerRequest(db: Knex, id: string): Promise<boolean> {
  const [row] = await db('seller_requests').where({ id, status: 'open' }).update({ status: 'expired' }).returning('seller_id');
  if (row) await appendAudit(db, { actor: systemActor, action: 'seller_request.expired', subjectType: 'seller', subjectId: row.seller_id, data: { requestId: id } });
  return Boolean(row);
}

/**
 * A request per approved application whose eventually-due requirements are still missing, under the
 * rules it was submitted with (domain/onboarding/eventually-due.ts); once per application.
 */
export async function createEventuallyDueRequests(db: Knex, now: string, limit = 500): Promise<SellerRequestRow[]> {
  const apps = await db('applications as a')
    .join('sellers as s', 's.id', 'a.seller_id')
    .whereIn('s.status', ['active', 'suspended'])
    .where('a.status', 'approved')
    .whereNotExists(db('seller_requests as r').whereRaw('r.application_id = a.id').where('r.kind', 'eventually_due'))
    .orderBy('a.decided_at')
    .limit(limit)
    .select('a.*');
  const created: SellerRequestRow[] = [];
  for (const raw of apps) {
    const app = unseal(raw) as ApplicationRow;
    if ((app.business as { erased?: boolean }).erased) continue;
    const persons = await listPersons(db, app.id);
    const items = dueFromSubmission(
      {
        country: app.country,
        sellingRegions: app.selling_regions,
        businessType: app.business_type as SubmittedFacts['businessType'],
        business: app.business,
        persons: persons.map((p) => ({ ...(p.details as unknown as SubmittedFacts['persons'][number]), id: p.id })),
      },
      onboardingRules(app.rules_version ?? undefined).traderRules,
    ).later;
    // Nothing owed is recorded too, so the application is looked at once.
    const [row] = await db('seller_requests')
      .insert({
        id: derivedId('sellerRequest', app.id, 'eventually_due'),
        seller_id: app.seller_id,
        application_id: app.id,
        kind: 'eventually_due',
        items: JSON.stringify(items),
        status: items.length > 0 ? 'open' : 'answered',
        due_at: eventuallyDueDeadline(new Date(app.decided_at ?? app.updated_at).toISOString(), now),
        ...(items.length === 0 ? { answered_at: db.fn.now() } : {}),
      })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (row && items.length > 0) created.push(row);
  }
  return created;
}

/** The seller's answer: the fields go onto the application's records (sealed as at submission); the request is answered. */
export async function answerEventuallyDue(db: Knex, request: SellerRequestRow, answer: EventuallyDueAnswer, actor: Actor, fingerprintKey: string, requestId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const open = await trx('seller_requests').where({ id: request.id, status: 'open' }).forUpdate().first('id');
    if (!open) return;
    if (answer.business) {
      const app = await trx('applications').where({ id: request.application_id }).forUpdate().first('business');
      await trx('applications')
        .where({ id: request.application_id })
        .update({ business: JSON.stringify(sealBusiness({ ...unseal(app.business), ...answer.business })), updated_at: trx.fn.now() });
    }
    for (const p of answer.persons ?? []) {
      const { id, ...changes } = p;
      const person = await trx('persons').where({ id, application_id: request.application_id }).forUpdate().first('details');
      if (person)
        await trx('persons')
          .where({ id })
          .update({ details: JSON.stringify(sealPerson({ ...unseal(person.details), ...changes })) });
    }
    // What links the seller to others follows what it now says (domain/account-groups/identifiers.ts).
    await refreshApplicationIdentifiers(trx, request.application_id, fingerprintKey);
    await trx('seller_requests').where({ id: request.id }).update({ status: 'answered', answered_at: trx.fn.now() });
    const fields = [
      ...Object.keys(answer.business ?? {}).map((k) => `business.${k}`),
      ...(answer.persons ?? []).flatMap((p) =>
        Object.keys(p)
          .filter((k) => k !== 'id')
          .map((k) => `persons.${p.id}.${k}`),
      ),
    ];
    await appendAudit(trx, { actor, action: 'seller_request.answered', subjectType: 'seller', subjectId: request.seller_id, data: { requestId: request.id, fields }, requestId });
  });
}

export interface EventuallyDueAnswer {
  business?: Record<string, unknown>;
  persons?: Array<{ id: string } & Record<string, unknown>>;
}
