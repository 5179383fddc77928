/**
 * Case decisions as the API accepts them; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';

/** A person's decision on an enforcement action the policy proposes but may not take alone. */
export const enforcementDecisionSchema = z.strictObject({
  outcome: z.enum(['confirm', 'decline']),
  note: z.string().trim().min(1).max(4000),
});
export type EnforcementDecision = z.infer<typeof enforcementDecisionSchema>;
