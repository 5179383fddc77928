/**
 * The INFORM certification as the API accepts it; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';

/** The seller's annual certification, with any data it adds or corrects. */
export const informCertificationSchema = z.strictObject({
  certify: z.literal(true, 'must be true: the seller certifies the information is accurate and complete'),
  taxId: z.string().trim().min(2).max(50).optional(),
  email: z.email().optional(),
  phone: z
    .string()
    .refine((p) => /^\+[1-9]\d{6,14}$/.test(p), 'must be a phone number in E.164 form')
    .optional(),
});
export type InformCertification = z.infer<typeof informCertificationSchema>;
