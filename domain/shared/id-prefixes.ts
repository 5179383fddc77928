/** The type prefix of every opaque ID (a leaf: workflows import it without node:crypto). */
export const idPrefixes = {
  application: 'app',
  seller: 'sel',
  person: 'per',
  bankAccount: 'bnk',
  check: 'chk',
  reviewTask: 'rvt',
  decision: 'dec',
  apiKey: 'key',
  adjudication: 'adj',
  document: 'doc',
  enforcement: 'enf',
  appeal: 'apl',
  violation: 'vio',
  performanceReview: 'prv',
  investigation: 'inv',
  report: 'rpt',
  screeningRun: 'scr',
  sellerRequest: 'req',
  inquiry: 'inq',
  legalHold: 'hld',
  erasureRequest: 'era',
  event: 'evt',
  blockingReport: 'blk',
  discrepancyReport: 'dsr',
} as const;

export type IdKind = keyof typeof idPrefixes;
