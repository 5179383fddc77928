/**
 * Custom search attributes. Opaque IDs and statuses only: never a name, email or document number.
 * Registered by the dev server's start flags and, on a cluster, by ensureSearchAttributes().
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SellerIdAttribute = defineSearchAttributeKey('SellergateSellerId', SearchAttributeType.KEYWORD);

/**
 * Set by the API when it starts a process, so operators can list one seller's workflows. Status
 * is not mirrored here: Postgres is the read model for statuses, and a search attribute upserted
 * by the workflow would also need registering on the time-skipping test server, which cannot.
 */
export const searchAttributes = [SellerIdAttribute];
