/** INFORM Act compliance records, and finding the sellers who crossed the high-volume threshold. */
import type { Knex } from 'knex';
import { INFORM, missingInformData, type InformCertification, type InformItem } from '../../domain/inform/inform';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { sealBusiness, unseal } from '../field-keyring';
import { latestApplicationOfSeller } from '../onboarding/applications';

/** Sellers over 200 sales and $5,000 in the 365 days to asOf (USD sales) with no INFORM record yet. */
export async function newHighVolumeSellers(db: Knex, asOf: string): Promise<string[]> {
  const { rows } = await db.raw(
    `select m.seller_id from seller_metrics m
     left join inform_compliance i on i.seller_id = m.seller_id
     where i.seller_id is null and m.sales_currency = 'USD' and m.day > ?::date - ?::int and m.day <= ?::date
     group by m.seller_id
     having sum(m.orders) >= ? and sum(m.sales_amount) >= ?`,
    [asOf, INFORM.windowDays, asOf, INFORM.minimumSales, INFORM.minimumRevenueUsd],
  );
  return (rows as Array<{ seller_id: string }>).map((r) => r.seller_id);
}

export async function informFacts(db: Knex, sellerId: string): Promise<InformItem[]> {
  const app = await latestApplicationOfSeller(db, sellerId);
  const bank = app ? await db('bank_accounts').where({ application_id: app.id }).first('id') : undefined;
  const b = (app?.business ?? {}) as { legalName?: string; taxId?: string; email?: string; phone?: string };
  return missingInformData({ hasBankAccount: Boolean(bank), legalName: b.legalName, taxId: b.taxId, email: b.email, phone: b.phone });
}

export async function setInformStatus(
  db: Knex,
  sellerId: string,
  status: string,
  changes: { crossedOn?: string; missing?: InformItem[]; dueAt?: string | null; certifiedAt?: string } = {},
): Promise<void> {
  await db.transaction(async (trx) => {
    const row = {
      status,
      missing: JSON.stringify(changes.missing ?? []),
      due_at: changes.dueAt ?? null,
      ...(changes.certifiedAt ? { certified_at: changes.certifiedAt } : {}),
      updated_at: trx.fn.now(),
    };
    await trx('inform_compliance')
      .insert({ seller_id: sellerId, crossed_on: changes.crossedOn ?? trx.raw('current_date'), ...row })
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
    await appendAudit(trx, { actor, action: 'inform.certified', subjectType: 'seller', subjectId: sellerId, data: { fields: Object.keys(additions) }, requestId });
  });
}
