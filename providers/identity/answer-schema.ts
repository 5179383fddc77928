/** An identity vendor's answer, as its API response or its callback carries it. */
import { z } from 'zod';
import { identityFailureReasons } from '../../domain/onboarding/identity';

export const identityAnswerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('verified'), documentChecked: z.boolean() }),
  z.object({ status: z.literal('not_verified'), reason: z.enum(identityFailureReasons) }),
]);
