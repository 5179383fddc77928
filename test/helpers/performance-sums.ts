import { performanceRules, type WindowSums } from '../../domain/performance/policy';

/** A clean seller's window sums (no defects, every shipment tracked) but for the overrides: [numerator, denominator] per rule. */
export const sums = (overrides: Partial<Record<string, [number, number]>>): WindowSums =>
  Object.fromEntries(performanceRules.map((r) => [r.id, { numerator: overrides[r.id]?.[0] ?? (r.bound === 'min' ? 1000 : 0), denominator: overrides[r.id]?.[1] ?? 1000 }]));
