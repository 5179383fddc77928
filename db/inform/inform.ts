/** INFORM Act compliance records, and finding the sellers who crossed the high-volume threshold. */
import type { Knex } from 'knex';
import { INFORM, buyerDisclosure, informSellerKind, missingInformData, type InformCertification, type InformItem, type InformSellerKind } from '../../domain/inform/inform';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { sealBusiness, unseal } from '../field-keyring';
import { latestApplicationOfSeller, listPersons } from '../onboarding/applications';

/**
 * Every seller over 200 sales and $5,000 (USD sales) in some 12-month window of the 24 months to
 * asOf: each window ends on a day with sales and reaches back 12 months (a RANGE frame), so a seller
 * whose busy year is over still counts. With the highest window revenue (for the $20,000 disclosure)
 * and whether the seller already has an INFORM process.
 */
export async function highVolumeSellers(db: Knex, asOf: string): Promise<Array<{ sellerId: string; peakRevenueUsd: number; known: boolean }>> {
  const { rows } = await db.raw(
    `with daily as (
       select seller_id, day, sum(orders) as orders, sum(sales_amount) as sales from seller_metrics
       where sales_currency = 'USD' and day > ?::date - ?::interval and day <= ?::date
       group by seller_id, day
     ), windows as (
       select seller_id,
         sum(orders) over w as orders,
         sum(sales) over w as sales
       from daily
       window w as (partition by seller_id order by day range between ?::interval preceding and current row)
     )
     select w.seller_id, max(w.sales) as peak, bool_or(i.seller_id is not null) as known
     from windows w left join inform_compliance i on i.seller_id = w.seller_id
     where w.orders >= ? and w.sales >= ?
     group by w.seller_id`,
    // "12 months preceding" and the current day would be a day more than 12 months.
    [asOf, INFORM.lookback, asOf, `${INFORM.window} -1 day`, INFORM.minimumSales, INFORM.minimumRevenueUsd],
  );
  return (rows as Array<{ seller_id: string; peak: string; known: boolean }>).map((r) => ({ sellerId: r.seller_id, peakRevenueUsd: Number(r.peak), known: r.known }));
}

/** A known high-volume seller's peak revenue, and whether buyers must now be shown who it is. */
export async function setDisclosureDue(db: Knex, sellerId: string, peakRevenueUsd: number): Promise<void> {
  await db('inform_compliance')
    .where({ seller_id: sellerId })
    .update({ peak_revenue_usd: peakRevenueUsd, disclosure_required: peakRevenueUsd >= INFORM.disclosureRevenueUsd, updated_at: db.fn.now() });
}

export async function informFacts(db: Knex, sellerId: string): Promise<InformItem[]> {
  const app = await latestApplicationOfSeller(db, sellerId);
  const bank = app ? await db('bank_accounts').where({ application_id: app.id }).first('id') : undefined;
  const b = (app?.business ?? {}) as { legalName?: string; taxId?: string; email?: string; phone?: string };
  const persons = app ? await listPersons(db, app.id) : [];
  const representative = persons.find((p) => p.roles.includes('representative')) ?? persons[0];
  const hasDocument = app ? Boolean(await db('documents').where({ application_id: app.id }).whereIn('type', ['passport', 'national_id', 'driving_licence']).whereNull('erased_at').first('id')) : false;
  return missingInformData({
    kind: informSellerKind(app?.business_type ?? 'company'),
    hasBankAccount: Boolean(bank),
    legalName: b.legalName,
    taxId: b.taxId,
    email: b.email,
    phone: b.phone,
    hasIdentification: Boolean(representative?.details.idDocument) || hasDocument,
  });
}

/** The seller's kind for INFORM (an individual, or a business), recorded as such on its record. */
export async function informSellerKindOf(db: Knex, sellerId: string): Promise<InformSellerKind> {
  const app = await latestApplicationOfSeller(db, sellerId);
  return informSellerKind(app?.business_type ?? 'company');
}

export async function setInformStatus(
  db: Knex,
  sellerId: string,
  status: string,
  changes: { crossedOn?: string; missing?: InformItem[]; dueAt?: string | null; certifiedAt?: string; peakRevenueUsd?: number } = {},
): Promise<void> {
  await db.transaction(async (trx) => {
    const row = {
      status,
      missing: JSON.stringify(changes.missing ?? []),
      due_at: changes.dueAt ?? null,
      ...(changes.certifiedAt ? { certified_at: changes.certifiedAt } : {}),
      ...(changes.peakRevenueUsd !== undefined ? { peak_revenue_usd: changes.peakRevenueUsd, disclosure_required: changes.peakRevenueUsd >= INFORM.disclosureRevenueUsd } : {}),
      updated_at: trx.fn.now(),
    };
    await trx('inform_compliance')
      .insert({ seller_id: sellerId, crossed_on: changes.crossedOn ?? trx.raw('current_date'), seller_kind: await informSellerKindOf(trx, sellerId), ...row })
      .onConflict('seller_id')
      .merge(Object.keys(row));
    await appendAudit(trx, { actor: systemActor, action: `inform.${status}`, subjectType: 'seller', subjectId: sellerId, data: { missing: changes.missing ?? [], dueAt: changes.dueAt ?? null } });
  });
}

/** The seller's certification: the data it adds goes onto its latest application's business record. */
export async function recordCertification(db: Knex, sellerId: string, c: InformCertification, actor: Actor, requestId?: string): Promise<void> {
  await db.transaction(async (trx) => {
    const app = await trx('applications').where({ seller_id: sellerId }).orderBy('submitted_at', 'desc').forUpdate().first('id', 'business');
    const additions = Object.fromEntries(Object.entries({ taxId: c.taxId, email: c.email, phone: c.phone }).filter(([, v]) => v !== undefined));
    if (app && Object.keys(additions).length > 0)
      await trx('applications')
        .where({ id: app.id })
        .update({ business: JSON.stringify(sealBusiness({ ...unseal(app.business), ...additions })), updated_at: trx.fn.now() });
    await trx('inform_compliance')
      .where({ seller_id: sellerId })
      .update({ disclosure: JSON.stringify(buyerDisclosure(c.disclosureExceptions ?? [])), updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor,
      action: 'inform.certified',
      subjectType: 'seller',
      subjectId: sellerId,
      data: { fields: Object.keys(additions), disclosureExceptions: c.disclosureExceptions ?? [] },
      requestId,
    });
  });
}

export type ItemVerification = { status: 'verified' | 'failed' | 'not_verifiable'; provider: string; result?: string };

/** The verification of the certified data, item by item, audited; verified_at once every item passed. */
export async function recordVerification(db: Knex, sellerId: string, items: Partial<Record<InformItem, ItemVerification>>): Promise<void> {
  const passed = Object.values(items).every((v) => v?.status !== 'failed');
  await db.transaction(async (trx) => {
    await trx('inform_compliance')
      .where({ seller_id: sellerId })
      .update({ verification: JSON.stringify(items), verified_at: passed ? trx.fn.now() : null, updated_at: trx.fn.now() });
    await appendAudit(trx, {
      actor: systemActor,
      action: passed ? 'inform.data_verified' : 'inform.data_not_verified',
      subjectType: 'seller',
      subjectId: sellerId,
      data: Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { status: v?.status, provider: v?.provider, result: v?.result }])),
    });
  });
}
