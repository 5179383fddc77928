/**
 * The companies monitoring watches in their registers: the approved applications of sellers still
 * on the marketplace that had a registry check, a page at a time in key order (a resumed run picks
 * up where it was), with that check as it stands.
 */
import type { Knex } from 'knex';
import type { CheckRow } from './checks';

export interface RegistrySubject {
  applicationId: string;
  sellerId: string;
  check: CheckRow;
}

export async function registrySubjectsPage(db: Knex, after: string, limit: number): Promise<RegistrySubject[]> {
  const rows = await db('checks as c')
    .join('applications as a', 'a.id', 'c.application_id')
    .join('sellers as s', 's.id', 'a.seller_id')
    .where({ 'c.kind': 'business_registry', 'a.status': 'approved' })
    .whereIn('s.status', ['active', 'suspended'])
    .where('a.id', '>', after)
    .orderBy('a.id')
    .limit(limit)
    .select('c.*', 'a.seller_id as seller_id');
  return rows.map(({ seller_id, ...check }) => ({ applicationId: check.application_id, sellerId: seller_id, check: check as CheckRow }));
}
