/**
 * Appeals (DSA Art. 20): a seller contests an enforcement action or a rejected application, within
 * six months of the decision, with free text and evidence. A person who did not take the original
 * decision decides, within an SLA; automation never decides an appeal.
 */

export const APPEAL_SLA_DAYS = 7;

/**
 * What a decided appeal tells the seller beside the decision: that a certified out-of-court dispute
 * settlement body can still take the dispute, and that the courts remain open (DSA Art. 20(5),
 * Art. 21(1); the internal decision is not final).
 */
export const APPEAL_REDRESS = {
  outOfCourt:
    'You may refer this decision to an out-of-court dispute settlement body certified under DSA Art. 21 (the Digital Services Coordinators list them); we will take part in good faith, and the body’s fee for you is nominal or nothing.',
  judicial: 'You may also bring the matter before the courts of your Member State at any time; neither this decision nor the out-of-court procedure affects that right.',
} as const;

export type { AppealDecision, AppealRequest } from './schemas';
