/**
 * How long records are kept, and why (a policy version): DSA Art. 30 trader data for the
 * relationship plus 6 months; AML records (identity, verification, screening, decisions) for 5 years
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
}

export interface ErasureAnswer {
  erasedNow: string[];
  kept: Array<{ category: string; reason: string; until: string | null }>;
}

/**
 * Trader contact data goes once the DSA period is over; identity, verification and screening records
 * are kept for AML until theirs ends; a hold keeps everything.
 */
export function answerErasure(s: ErasureState): ErasureAnswer {
  const categories = { trader: 'trader_contact_data', aml: 'identity_and_verification_records' };
  if (s.holds.length > 0) {
    const reason = `legal hold: ${s.holds.map((h) => h.reason).join('; ')}`;
    return {
      erasedNow: [],
      kept: [
        { category: categories.trader, reason, until: null },
        { category: categories.aml, reason, until: null },
      ],
    };
  }
  if (!s.relationshipEndedAt) {
    return {
      erasedNow: [],
      kept: [
        { category: categories.trader, reason: 'the seller is on the marketplace: trader traceability (DSA Art. 30) applies for the relationship and 6 months after', until: null },
        { category: categories.aml, reason: 'customer due diligence records are kept for 5 years after the relationship ends (MLR 2017 reg. 40, AMLD Art. 40)', until: null },
      ],
    };
  }
  const plan = retentionPlan(s.relationshipEndedAt);
  const answer: ErasureAnswer = { erasedNow: [], kept: [] };
  if (s.now >= plan.traderDataUntil || s.stage !== 'scheduled') answer.erasedNow.push(categories.trader);
  else answer.kept.push({ category: categories.trader, reason: 'trader traceability data is kept for 6 months after the relationship (DSA Art. 30(3))', until: plan.traderDataUntil });
  if (s.now >= plan.amlRecordsUntil || s.stage === 'erased') answer.erasedNow.push(categories.aml);
  else
    answer.kept.push({
      category: categories.aml,
      reason: 'customer due diligence records are kept for 5 years after the relationship ends (MLR 2017 reg. 40, AMLD Art. 40)',
      until: plan.amlRecordsUntil,
    });
  return answer;
}
