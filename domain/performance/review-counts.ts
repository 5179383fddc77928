/** What one performance-review cycle did, as the cycle's record and the workflow's result carry it. */

export interface ReviewCounts {
  sellersEvaluated: number;
  candidates: number;
  violationsRecorded: number;
  standingChanges: number;
}
