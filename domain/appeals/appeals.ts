/**
 * Appeals (DSA Art. 20): a seller contests an enforcement action or a rejected application, within
 * six months of the decision, with free text and evidence. A person who did not take the original
 * decision decides, within an SLA; automation never decides an appeal.
 */

export const APPEAL_SLA_DAYS = 7;

export type { AppealDecision, AppealRequest } from './schemas';
