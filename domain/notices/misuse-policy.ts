/**
 * Measures against misuse (DSA Art. 23). Art. 23(1): "Providers of online platforms shall suspend,
 * for a reasonable period of time and after having issued a prior warning, the provision of their
 * services to recipients of the service that frequently provide manifestly illegal content."
 * Art. 23(2): the same for the processing of notices from those who "frequently submit notices or
 * complaints that are manifestly unfounded". Art. 23(3)(a)-(b): the assessment weighs the absolute
 * number within a given time frame and its proportion of everything submitted in it; both are the
 * policy's thresholds here. Art. 23(4): the policy is set out in the terms, hence configuration.
 *
 * Pure: the workflow decides the step from counts an activity read, so replay never depends on the
 * database.
 */

export interface MisusePolicy {
  /** The time frame the counts are taken over. */
  windowDays: number;
  /** Manifestly illegal items a seller may have had in the window before the measure. */
  illegalContentCount: number;
  /** Their share of the seller's notices decided in the window (0..1). */
  illegalContentShare: number;
  /** Manifestly unfounded notices a notifier may send in the window before the measure. */
  unfoundedNoticeCount: number;
  unfoundedNoticeShare: number;
  /** How long a suspension (of the seller's service, or of a notifier's notices) lasts. */
  suspensionDays: number;
}

export const DEFAULT_MISUSE_POLICY: MisusePolicy = {
  windowDays: 90,
  illegalContentCount: 3,
  illegalContentShare: 0.5,
  unfoundedNoticeCount: 5,
  unfoundedNoticeShare: 0.8,
  suspensionDays: 30,
};

/** What the counts in the window show about one seller or one notifier. */
export interface MisuseCounts {
  /** Manifestly illegal items (a seller) or manifestly unfounded notices (a notifier) in the window. */
  manifest: number;
  /** Everything decided in the window: the seller's noticed items, or the notifier's notices. */
  total: number;
  /** A warning given in the window and not yet followed by a suspension. */
  warnedAt?: string;
  /** A suspension in effect now. */
  suspendedUntil?: string;
}

export type MisuseStep = { step: 'none' } | { step: 'warning' } | { step: 'suspension'; days: number };

/** Frequent misuse: over both thresholds. The first time it is a warning; after the warning, a suspension. */
export function misuseStep(counts: MisuseCounts, threshold: { count: number; share: number }, suspensionDays: number): MisuseStep {
  if (counts.suspendedUntil) return { step: 'none' };
  const frequent = counts.manifest >= threshold.count && counts.total > 0 && counts.manifest / counts.total >= threshold.share;
  if (!frequent) return { step: 'none' };
  return counts.warnedAt ? { step: 'suspension', days: suspensionDays } : { step: 'warning' };
}

export const sellerThreshold = (p: MisusePolicy) => ({ count: p.illegalContentCount, share: p.illegalContentShare });
export const notifierThreshold = (p: MisusePolicy) => ({ count: p.unfoundedNoticeCount, share: p.unfoundedNoticeShare });
