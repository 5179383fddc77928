/** Fixed reason codes per outcome: a decision names only reasons its outcome allows. */
import type { z } from 'zod';

export function refineReasons(ctx: z.RefinementCtx, codes: Readonly<Record<string, readonly string[]>>, outcome: string, reasons: readonly string[]): void {
  const allowed = codes[outcome] ?? [];
  reasons.forEach((r, i) => {
    if (!allowed.includes(r)) ctx.addIssue({ code: 'custom', path: ['reasons', i], message: `${r} is not a reason for ${outcome}` });
  });
}

/** Every code of every outcome, for the schema's enum. */
export const allCodes = (codes: Readonly<Record<string, readonly string[]>>) => [...new Set(Object.values(codes).flat())] as [string, ...string[]];
