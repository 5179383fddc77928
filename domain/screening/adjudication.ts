/**
 * A reviewer's verdict on one potential sanctions match, as the review task's workflow receives it
 * and its activity records it. It names the match (check, entry, the entry as it was on the list)
 * and never the screened person's data: the activity reads that to fingerprint the subject.
 */
import type { Actor } from '../shared/actor';

export type Verdict = 'false_positive' | 'true_match';

export interface MatchAdjudication {
  taskId: string;
  actor: Actor;
  applicationId: string;
  checkId: string;
  subject: { type: 'business' | 'person' | 'bank_account' | 'register_person'; id: string };
  entryId: string;
  entryDigest: string;
  listVersion: string;
  verdict: Verdict;
  note: string;
}

/** The adjudication as recorded, in plain values for the workflow's answer to the API. */
export interface RecordedAdjudication {
  id: string;
  entryId: string;
  verdict: Verdict;
  listVersion: string;
  note: string | null;
  adjudicatedBy: { id: string; name: string };
  createdAt: string;
}
