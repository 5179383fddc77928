/**
 * How long records are kept, and why (a policy version): DSA Art. 30 trader data for the
 * relationship plus 6 months, then deleted (Art. 30(5)); AML records (identity, verification, screening, decisions) for 5 years
 * after the relationship ends. A legal hold stops every clock until it is released. An erasure
 * request is answered from the same rules: what can go now, and what is kept, until when, and why.
 */
export const RETENTION_POLICY_VERSION = 'retention-2026-11-v1';

export const RETENTION = {
  traderDataMonths: 6,
  amlRecordYears: 5,
} as const;

export type RetentionStage = 'scheduled' | 'trader_data_erased' | 'erased';

const addMonths = (iso: string, months: number) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

export function retentionPlan(relationshipEndedAt: string) {
  return {
    traderDataUntil: addMonths(relationshipEndedAt, RETENTION.traderDataMonths),
    amlRecordsUntil: addMonths(relationshipEndedAt, RETENTION.amlRecordYears * 12),
  };
}

export interface ErasureState {
  now: string;
  /** Undefined while the seller is still on the marketplace (or still applying). */
  relationshipEndedAt?: string;
  stage: RetentionStage;
  holds: Array<{ id: string; reason: string }>;
  /** The latest date until which a package sent to an authority about this seller is kept, if any is. */
  regulatorResponsesUntil?: string | null;
}

export interface ErasureAnswer {
  erasedNow: string[];
  kept: Array<{ category: string; reason: string; until: string | null }>;
}

/**
 * The categories of a seller's data, each with its period and its erasure:
 * - trader contact data: the relationship and 6 months (DSA Art. 30(5)), then deleted;
 * - identity and verification records (persons, documents, bank account, check evidence, screening):
 *   5 years after the relationship (MLR 2017 reg. 40, AMLD Art. 40);
 * - case records (appeal statements and evidence, reviewers' and investigators' notes, screening
 *   adjudication notes, report texts): the record of what was decided on the customer, kept with the
 *   identity records and erased with them;
 * - responses sent to authorities: each package on its own clock, 5 years after the answer
 *   (domain/inquiries/inquiries.ts), as evidence of what was disclosed.
 */
export const retentionCategories = {
  trader: 'trader_contact_data',
  aml: 'identity_and_verification_records',
  cases: 'case_records',
  responses: 'regulator_responses',
} as const;

const AML_REASON = 'customer due diligence records are kept for 5 years after the relationship ends (MLR 2017 reg. 40, AMLD Art. 40)';
const CASE_REASON =
  'appeals, case notes and screening adjudications are the record of the decisions taken on the customer: kept with its due diligence records for 5 years after the relationship ends';
const RESPONSE_REASON = 'a package sent to an authority is kept for 5 years after the answer, as evidence of what was disclosed';

/**
 * Trader contact data goes once the DSA period is over; identity, verification, screening and case
 * records are kept for AML until theirs ends; packages sent to authorities keep their own clocks; a
 * hold keeps everything.
 */
export function answerErasure(s: ErasureState): ErasureAnswer {
  const c = retentionCategories;
  const responses = s.regulatorResponsesUntil ? [{ category: c.responses, reason: RESPONSE_REASON, until: s.regulatorResponsesUntil }] : [];
  if (s.holds.length > 0) {
    const reason = `legal hold: ${s.holds.map((h) => h.reason).join('; ')}`;
    return { erasedNow: [], kept: [c.trader, c.aml, c.cases, ...(responses.length ? [c.responses] : [])].map((category) => ({ category, reason, until: null })) };
  }
  if (!s.relationshipEndedAt) {
    return {
      erasedNow: [],
      kept: [
        { category: c.trader, reason: 'the seller is on the marketplace: trader traceability (DSA Art. 30) applies for the relationship and 6 months after', until: null },
        { category: c.aml, reason: AML_REASON, until: null },
        { category: c.cases, reason: CASE_REASON, until: null },
        ...responses,
      ],
    };
  }
  const plan = retentionPlan(s.relationshipEndedAt);
  const answer: ErasureAnswer = { erasedNow: [], kept: [] };
  if (s.now >= plan.traderDataUntil || s.stage !== 'scheduled') answer.erasedNow.push(c.trader);
  else answer.kept.push({ category: c.trader, reason: 'trader traceability data is kept for 6 months after the relationship, then deleted (DSA Art. 30(5))', until: plan.traderDataUntil });
  if (s.now >= plan.amlRecordsUntil || s.stage === 'erased') answer.erasedNow.push(c.aml, c.cases);
  else answer.kept.push({ category: c.aml, reason: AML_REASON, until: plan.amlRecordsUntil }, { category: c.cases, reason: CASE_REASON, until: plan.amlRecordsUntil });
  answer.kept.push(...responses);
  return answer;
}
