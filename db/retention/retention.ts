/**
 * Retention: which sellers' relationships have ended (and so have a clock), legal holds, and the two
 * erasures: trader contact data after 6 months, everything personal after 5 years. Each erasure
 * checks the holds and the seller's status itself, in its transaction: the database is the authority.
 */
import { forgetIdentifiers } from '../account-groups/identifiers';
import type { Knex } from 'knex';
import { RETENTION_POLICY_VERSION, type RetentionStage } from '../../domain/retention/retention';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { sealRecord } from '../field-keyring';

export interface RetentionRow {
  seller_id: string;
  relationship_ended_at: Date;
  stage: RetentionStage;
}

/** Sellers whose relationship ended get a clock (once); returns every clock still running. */
export async function startRetentionClocks(db: Knex): Promise<RetentionRow[]> {
  await db.raw(
    `
    insert into retention_records (seller_id, relationship_ended_at, stage, policy_version)
    select s.id,
           case when s.status in ('rejected', 'deactivated') then s.updated_at else (select max(a.updated_at) from applications a where a.seller_id = s.id) end,
           'scheduled', ?
    from sellers s
    where not exists (select 1 from retention_records r where r.seller_id = s.id)
      and (s.status in ('rejected', 'deactivated')
           or (s.status = 'onboarding'
               and exists (select 1 from applications a where a.seller_id = s.id)
               and not exists (select 1 from applications a where a.seller_id = s.id and a.status not in ('withdrawn', 'expired'))))
    on conflict (seller_id) do nothing`,
    [RETENTION_POLICY_VERSION],
  );
  return db('retention_records').whereIn('stage', ['scheduled', 'trader_data_erased']);
}

export const activeHolds = (db: Knex, sellerId: string): Promise<Array<{ id: string; reason: string }>> =>
  db('legal_holds').where({ seller_id: sellerId }).whereNull('released_at').select('id', 'reason');

export async function placeHold(db: Knex, id: string, sellerId: string, reason: string, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('legal_holds').insert({ id, seller_id: sellerId, reason, placed_by: actor.id });
    await appendAudit(trx, { actor, action: 'legal_hold.placed', subjectType: 'seller', subjectId: sellerId, data: { holdId: id }, requestId });
  });
}

export async function releaseHold(db: Knex, id: string, actor: Actor, requestId?: string): Promise<string | undefined> {
  return db.transaction(async (trx) => {
    const [row] = await trx('legal_holds').where({ id }).whereNull('released_at').update({ released_at: trx.fn.now(), released_by: actor.id }).returning('seller_id');
    if (row) await appendAudit(trx, { actor, action: 'legal_hold.released', subjectType: 'seller', subjectId: row.seller_id, data: { holdId: id }, requestId });
    return row?.seller_id;
  });
}

export type ErasureOutcome = 'erased' | 'held' | 'resumed' | 'already';

async function guard(trx: Knex, sellerId: string, from: RetentionStage[]): Promise<ErasureOutcome | undefined> {
  if ((await trx('legal_holds').where({ seller_id: sellerId }).whereNull('released_at').first('id')) !== undefined) return 'held';
  const seller = await trx('sellers').where({ id: sellerId }).forUpdate().first('status');
  if (seller && ['active', 'suspended'].includes(seller.status)) return 'resumed';
  const record = await trx('retention_records').where({ seller_id: sellerId }).first('stage');
  if (!record || !from.includes(record.stage)) return 'already';
  return undefined;
}

const withoutKeys = (o: Record<string, unknown> | null, keys: string[]) => Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => !keys.includes(k)));

/** DSA trader contact data: the channels the marketplace needed to reach the trader. */
export async function eraseTraderData(db: Knex, sellerId: string, actor: Actor = systemActor): Promise<ErasureOutcome> {
  return db.transaction(async (trx) => {
    const refused = await guard(trx, sellerId, ['scheduled']);
    if (refused) return refused;
    const contact = ['email', 'phone', 'website', 'tradingName', 'categories'];
    for (const app of await trx('applications').where({ seller_id: sellerId }).select('id', 'business')) {
      await trx('applications')
        .where({ id: app.id })
        .update({ business: JSON.stringify(withoutKeys(app.business, contact)) });
      for (const p of await trx('persons').where({ application_id: app.id }).select('id', 'details')) {
        await trx('persons')
          .where({ id: p.id })
          .update({ details: JSON.stringify(withoutKeys(p.details, ['email', 'phone'])) });
      }
    }
    await trx('retention_records').where({ seller_id: sellerId }).update({ stage: 'trader_data_erased', trader_data_erased_at: trx.fn.now(), updated_at: trx.fn.now() });
    await appendAudit(trx, { actor, action: 'retention.trader_data_erased', subjectType: 'seller', subjectId: sellerId, data: { fields: contact, policyVersion: RETENTION_POLICY_VERSION } });
    return 'erased';
  });
}

/**
 * The case records (retention category case_records): appeal statements and evidence, the notes of
 * reviewers, investigators and adjudications, which may name people; the decisions themselves (who,
 * what, when, the reason codes) stay. Returns how many of each were erased, for the report.
 */
async function eraseCaseRecords(trx: Knex, sellerId: string, applicationIds: string[]): Promise<Record<string, number>> {
  const erased = '[erased]';
  return {
    appeals: await trx('appeals')
      .where({ seller_id: sellerId })
      .update({ statement: erased, evidence: JSON.stringify([]), note: trx.raw('case when note is null then null else ? end', [erased]) }),
    decisionNotes: await trx('decisions').whereIn('application_id', applicationIds).whereNotNull('note').update({ note: erased }),
    firstReviewNotes: await trx('review_tasks')
      .whereIn('application_id', applicationIds)
      .whereRaw("first_review #> '{decision,note}' is not null")
      .update({ first_review: trx.raw(`jsonb_set(first_review, '{decision,note}', '"[erased]"')`) }),
    adjudicationNotes: await trx('screening_adjudications').whereIn('application_id', applicationIds).whereNotNull('note').update({ note: erased }),
    investigationNotes: await trx('investigations').where({ seller_id: sellerId }).whereNotNull('note').update({ note: erased }),
  };
}

/** Everything personal: persons, business identity, bank account, check evidence, documents, report texts, case records. Returns the document keys to delete from storage. */
export async function eraseAmlRecords(db: Knex, sellerId: string, actor: Actor = systemActor): Promise<{ outcome: ErasureOutcome; documentKeys: string[] }> {
  return db.transaction(async (trx) => {
    const refused = await guard(trx, sellerId, ['scheduled', 'trader_data_erased']);
    if (refused) return { outcome: refused, documentKeys: [] };
    const applications = await trx('applications').where({ seller_id: sellerId }).select('id', 'business', 'country');
    const ids = applications.map((a) => a.id);
    await forgetIdentifiers(trx, sellerId);
    for (const app of applications) {
      await trx('applications')
        .where({ id: app.id })
        .update({ business: JSON.stringify({ legalName: '[erased]', erased: true }), declarations: JSON.stringify({ erased: true }), tax_id_fingerprint: null });
    }
    for (const p of await trx('persons').whereIn('application_id', ids).select('id', 'details')) {
      await trx('persons')
        .where({ id: p.id })
        .update({ details: JSON.stringify({ firstName: '[erased]', lastName: '[erased]', roles: p.details.roles ?? [], erased: true }), fingerprint: null });
    }
    await trx('bank_accounts')
      .whereIn('application_id', ids)
      .update({ details: JSON.stringify({ erased: true }), fingerprint: null });
    await trx('checks')
      .whereIn('application_id', ids)
      .update({ evidence: JSON.stringify({ erased: true }) });
    // What the register and the seller said about its owners, kept for the registrar (MLR 2017 reg. 30A).
    await trx('registry_discrepancy_reports')
      .whereIn('application_id', ids)
      .update({ package: sealRecord({ erased: true }), decision_reason: null });
    const documents = await trx('documents').whereIn('application_id', ids).whereNull('erased_at').select('id', 'storage_key');
    await trx('documents')
      .whereIn(
        'id',
        documents.map((d) => d.id),
      )
      .update({ erased_at: trx.fn.now() });
    await trx('reports')
      .where({ seller_id: sellerId })
      .update({ description: '[erased]', reporter_contact: null, evidence: JSON.stringify([]) });
    const cases = await eraseCaseRecords(trx, sellerId, ids);
    await trx('retention_records').where({ seller_id: sellerId }).update({ stage: 'erased', erased_at: trx.fn.now(), updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor,
      action: 'retention.erased',
      subjectType: 'seller',
      subjectId: sellerId,
      data: { applications: ids.length, documents: documents.length, cases, policyVersion: RETENTION_POLICY_VERSION },
    });
    return { outcome: 'erased', documentKeys: documents.map((d) => d.storage_key) };
  });
}
