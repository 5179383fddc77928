/** The investigators' operations as the API accepts them: an investigator's profile, a QA review, a root cause's mitigation. */
import { z } from 'zod';
import { rootCauses } from './root-causes';

const hhmm = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM (24:00 for the end of the day)');

export const investigatorSchema = z.strictObject({
  name: z.string().max(200).trim().min(1),
  /** Case categories (report, notice or dispute categories), or "*" for any. */
  categories: z.array(z.string().max(60).trim().min(1)).min(1).max(50),
  /** ISO 639-1 codes of the languages they work in. */
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'))
    .min(1)
    .max(20),
  /** ISO 3166-1 markets, or "*" for any. */
  markets: z
    .array(z.string().regex(/^([A-Z]{2}|\*)$/, 'must be an ISO 3166-1 alpha-2 code or *'))
    .min(1)
    .max(60),
  shift: z.strictObject({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    start: hhmm,
    end: hhmm,
    timeZone: z.string().refine((tz) => {
      try {
        new Intl.DateTimeFormat('en-GB', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/London'),
  }),
  maxOpenCases: z.number().int().min(1).max(500),
  senior: z.boolean().default(false),
  /** Where a page reaches them (urgent escalations, for a senior). */
  email: z.email().optional(),
  active: z.boolean().default(true),
});
export type InvestigatorInput = z.infer<typeof investigatorSchema>;

export const qualityReviewSchema = z.strictObject({
  /** The outcome the second reviewer reaches on the case, without seeing the first. */
  outcome: z.string().max(40).trim().min(2),
  reasons: z.array(z.string().max(80).trim().min(2)).min(1).max(10),
  note: z.string().max(4000).trim().min(1),
});
export type QualityReview = z.infer<typeof qualityReviewSchema>;

export const mitigationSchema = z.strictObject({
  /** The month it applies from, YYYY-MM. */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
  mitigation: z.string().max(4000).trim().min(5),
});
export type MitigationInput = z.infer<typeof mitigationSchema>;

export { rootCauses };
