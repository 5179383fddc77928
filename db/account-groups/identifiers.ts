/** A seller's identifying fingerprints (domain/account-groups/identifiers.ts), written with what they come from. */
import type { Knex } from 'knex';
import { applicationIdentifiers, type SellerIdentifier } from '../../domain/account-groups/identifiers';
import { linkKinds, type LinkKind } from '../../domain/account-groups/link-kinds';
import { unseal } from '../field-keyring';

export type IdentifierSource = 'application' | 'marketplace';

/** Adds identifiers; those the seller has already keep their first sighting. */
export async function addIdentifiers(db: Knex, sellerId: string, identifiers: SellerIdentifier[], source: IdentifierSource): Promise<number> {
  if (identifiers.length === 0) return 0;
  const rows = await db('seller_identifiers')
    .insert(identifiers.map((i) => ({ seller_id: sellerId, kind: i.kind, fingerprint: i.fingerprint, source })))
    .onConflict(['seller_id', 'kind', 'fingerprint'])
    .ignore()
    .returning('kind');
  return rows.length;
}

/** The seller's details changed: its identifiers of these kinds are replaced by the new ones. */
export async function replaceIdentifiers(trx: Knex, sellerId: string, kinds: readonly LinkKind[], identifiers: SellerIdentifier[]): Promise<void> {
  await trx('seller_identifiers').where({ seller_id: sellerId, source: 'application' }).whereIn('kind', kinds).delete();
  await addIdentifiers(trx, sellerId, identifiers, 'application');
}

/** Erasure: nothing is left to link the seller by. */
export const forgetIdentifiers = (trx: Knex, sellerId: string) => trx('seller_identifiers').where({ seller_id: sellerId }).delete();

/**
 * Recomputes what an application links its seller by, from the application as it now stands
 * (inside the transaction that saved or changed it), and replaces the seller's application identifiers.
 */
export async function refreshApplicationIdentifiers(trx: Knex, applicationId: string, fingerprintKey: string): Promise<void> {
  const app = await trx('applications').where({ id: applicationId }).first('seller_id', 'business', 'tax_id_fingerprint');
  if (!app) return;
  const persons = await trx('persons').where({ application_id: applicationId }).select('details');
  const bank = await trx('bank_accounts').where({ application_id: applicationId }).first('details');
  const business = unseal(app.business);
  if (!business?.address) return;
  const identifiers = applicationIdentifiers(fingerprintKey, {
    business,
    persons: persons.map((p) => unseal(p.details)),
    bankAccount: unseal(bank.details),
    taxIdFingerprint: app.tax_id_fingerprint,
  });
  await replaceIdentifiers(trx, app.seller_id, linkKinds, identifiers);
}
