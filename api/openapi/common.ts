/** Pieces every part of the OpenAPI document uses: problem+json errors, JSON bodies, the API key. */
import { z } from 'zod';
import { applicationStatuses } from '../../domain/onboarding/onboarding';

const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});

export const problemResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, { description: 'problem', content: { 'application/problem+json': { schema: problem } } }]));

export const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

export const applicationAccepted = z.object({ id: z.string(), object: z.literal('application'), sellerId: z.string(), status: z.enum(applicationStatuses) });
export const idParam = z.object({ id: z.string() });

export const security = [{ apiKey: [] }];
