/**
 * Account groups: the sellers reachable from one seller through shared identifiers, found with a
 * recursive query over seller_identifiers (no graph store beside Postgres). UNION (not UNION ALL)
 * drops sellers already reached, so the walk ends on cycles; values shared by more than HUB_SIZE
 * sellers are hubs and link nobody; the walk stops at GROUP_LIMIT sellers.
 */
import type { Knex } from 'knex';
import { GROUP_LIMIT, HUB_SIZE, type LinkKind } from '../../domain/account-groups/link-kinds';

export interface GroupLink {
  sellers: [string, string];
  kinds: LinkKind[];
}

export interface GroupMember {
  sellerId: string;
  status: string;
  externalRef: string;
  enforcements: { id: string; type: string; status: string }[];
}

/** A shared value links sellers unless it is a hub. */
const notHub = (alias: string) => `(select count(*) from seller_identifiers h where h.kind = ${alias}.kind and h.fingerprint = ${alias}.fingerprint) <= ${HUB_SIZE}`;

/** The seller and every seller linked to it, directly or through others. */
export async function findGroupMembers(db: Knex, sellerId: string): Promise<string[]> {
  const { rows } = await db.raw(
    `with recursive g(seller_id) as (
       select ?::text
       union
       select b.seller_id
         from g
         join seller_identifiers a on a.seller_id = g.seller_id
         join seller_identifiers b on b.kind = a.kind and b.fingerprint = a.fingerprint and b.seller_id <> a.seller_id
        where ${notHub('a')}
     )
     select seller_id from g limit ${GROUP_LIMIT}`,
    [sellerId],
  );
  return (rows as { seller_id: string }[]).map((r) => r.seller_id);
}

/** The links between the members: each pair that shares something, with what they share. */
export async function findGroupLinks(db: Knex, members: string[]): Promise<GroupLink[]> {
  if (members.length < 2) return [];
  const { rows } = await db.raw(
    `select a.seller_id as a, b.seller_id as b, array_agg(distinct a.kind order by a.kind) as kinds
       from seller_identifiers a
       join seller_identifiers b on b.kind = a.kind and b.fingerprint = a.fingerprint and a.seller_id < b.seller_id
      where a.seller_id = any(?) and b.seller_id = any(?)
        and ${notHub('a')}
      group by a.seller_id, b.seller_id
      order by a.seller_id, b.seller_id`,
    [members, members],
  );
  return (rows as { a: string; b: string; kinds: LinkKind[] }[]).map((r) => ({ sellers: [r.a, r.b], kinds: r.kinds }));
}

/** Each member's state: its status and the enforcement actions that are not over. */
export async function listGroupMembers(db: Knex, members: string[]): Promise<GroupMember[]> {
  const sellers = await db('sellers').whereIn('id', members).orderBy('created_at').select('id', 'status', 'external_ref');
  const actions = await db('enforcement_actions').whereIn('seller_id', members).whereIn('status', ['awaiting_decision', 'notice', 'active']).select('id', 'seller_id', 'type', 'status');
  return sellers.map((s) => ({
    sellerId: s.id,
    status: s.status,
    externalRef: s.external_ref,
    enforcements: actions.filter((a) => a.seller_id === s.id).map((a) => ({ id: a.id, type: a.type, status: a.status })),
  }));
}

/** What links one member to the seller under investigation, directly or (empty) only through others. */
export function linkKindsBetween(links: GroupLink[], a: string, b: string): LinkKind[] {
  return links.find((l) => (l.sellers[0] === a && l.sellers[1] === b) || (l.sellers[0] === b && l.sellers[1] === a))?.kinds ?? [];
}
