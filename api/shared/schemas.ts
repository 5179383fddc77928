/** Pieces the route declarations share: path IDs, times, pages and lists, free-form JSON records. */
import { z } from 'zod';

export const idParam = z.object({ id: z.string() });

/** An ISO 8601 UTC time, or null when it has not happened. */
export const timestamp = z.string().nullable().meta({ format: 'date-time' });

/** A JSON object whose fields depend on its kind (a check's evidence, a decision); documented where it is made. */
export const jsonObject = z.record(z.string(), z.unknown());

export const actorRef = z.object({ id: z.string(), name: z.string().nullable() });

export const list = <T extends z.ZodType>(item: T) => z.object({ object: z.literal('list'), data: z.array(item) });

/** A keyset page: `nextCursor` fetches the next page, null on the last. */
export const page = <T extends z.ZodType>(item: T) => z.object({ object: z.literal('list'), data: z.array(item), nextCursor: z.string().nullable() });

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
};

export const idempotencyKeyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional(),
});
