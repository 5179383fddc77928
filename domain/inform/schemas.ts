/**
 * The INFORM certification as the API accepts it; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';
import { disclosureExceptions } from './disclosure';

/** The seller's annual certification, with any data it adds or corrects. */
export const informCertificationSchema = z.strictObject({
  certify: z.literal(true, 'must be true: the seller certifies the information is accurate and complete'),
  taxId: z.string().trim().min(2).max(50).optional(),
  email: z.email().optional(),
  phone: z
    .string()
    .refine((p) => /^\+[1-9]\d{6,14}$/.test(p), 'must be a phone number in E.164 form')
    .optional(),
  /** A seller at $20,000 or more who has only a residential address or only a personal phone says so (15 U.S.C. § 45f(b)(2)). */
  disclosureExceptions: z.array(z.enum(disclosureExceptions)).max(2).optional(),
});
export type InformCertification = z.infer<typeof informCertificationSchema>;
