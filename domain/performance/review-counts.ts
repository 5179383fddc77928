/** What one performance-review cycle did, as the cycle's record and the workflow's result carry it. */

export interface ReviewCounts {
  sellersEvaluated: number;
  candidates: number;
  violationsRecorded: number;
  standingChanges: number;
}

/** The counts of a cycle evaluated in parts (domain/performance/seller-ranges.ts): each part's, added. */
export const addReviewCounts = (parts: ReviewCounts[]): ReviewCounts =>
  parts.reduce(
    (t, p) => ({
      sellersEvaluated: t.sellersEvaluated + p.sellersEvaluated,
      candidates: t.candidates + p.candidates,
      violationsRecorded: t.violationsRecorded + p.violationsRecorded,
      standingChanges: t.standingChanges + p.standingChanges,
    }),
    {
      sellersEvaluated: 0,
      candidates: 0,
      violationsRecorded: 0,
      standingChanges: 0,
    },
  );
