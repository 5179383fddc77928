/**
 * Custom search attributes. Opaque IDs and statuses only: never a name, email or document number.
 * Registered by the dev server's start flags and, on a cluster, by ensureSearchAttributes().
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const SellerIdAttribute = defineSearchAttributeKey('SellergateSellerId', SearchAttributeType.KEYWORD);
export const ApplicationStatusAttribute = defineSearchAttributeKey('SellergateApplicationStatus', SearchAttributeType.KEYWORD);

export const searchAttributes = [SellerIdAttribute, ApplicationStatusAttribute];
