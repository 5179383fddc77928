/** What can link one seller to another (a leaf: the risk rules in the workflow bundle import it, without node:crypto). */
export const linkKinds = ['bank_account', 'tax_id', 'person', 'address', 'phone', 'email_domain', 'device', 'ip'] as const;
export type LinkKind = (typeof linkKinds)[number];
/** The kinds the marketplace reports itself (POST /v1/sellers/{id}/identifiers). */
export const reportedKinds = ['device', 'ip'] as const;
export type ReportedKind = (typeof reportedKinds)[number];

/** A value shared by more sellers than this links none of them. */
export const HUB_SIZE = 25;
/** The most sellers one group query returns. */
export const GROUP_LIMIT = 200;
