/**
 * Requests to approved sellers: identity documents nearing expiry are found across all sellers in
 * one query and asked for once per document (the request ID derives from the person and the expiry).
 */
import type { Knex } from 'knex';
import { derivedId } from '../../domain/shared/ids';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';
import { sealPerson } from '../field-keyring';

export interface SellerRequestRow {
  id: string;
  seller_id: string;
  application_id: string;
  person_id: string | null;
  kind: 'document_renewal';
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
