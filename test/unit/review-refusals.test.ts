/** Who may act on a review task, as the workflows' Update validators decide it: each refusal by its code. */
import { adjudicationRefusal, claimRefusal, decisionRefusal, type ReviewTaskState } from '../../domain/review/review';

const ana = { id: 'key_a', name: 'Ana', role: 'reviewer' };
const ben = { id: 'key_b', name: 'Ben', role: 'senior_reviewer' };
const open: ReviewTaskState = { taskId: 'rvt_1', status: 'open' };
const claimedByAna: ReviewTaskState = { taskId: 'rvt_1', status: 'claimed', assignee: ana };
const approve = { outcome: 'approve' as const, reasons: ['risk_accepted' as const] };

it.each([
  ['another task', claimedByAna, 'rvt_2', ana, 'review_task_not_claimed_by_caller'],
  ['an open, unclaimed task', open, 'rvt_1', ana, 'review_task_not_claimed_by_caller'],
  ['a task another reviewer holds', claimedByAna, 'rvt_1', ben, 'review_task_not_claimed_by_caller'],
  ['a decided task', { ...claimedByAna, status: 'decided' } as ReviewTaskState, 'rvt_1', ana, 'review_task_not_claimed_by_caller'],
  ['no task yet', undefined, 'rvt_1', ana, 'review_task_not_claimed_by_caller'],
  ['the task the caller holds', claimedByAna, 'rvt_1', ana, undefined],
])('an adjudication on %s: %s', (_what, task, taskId, actor, code) => {
  expect(adjudicationRefusal(task, taskId, actor)).toBe(code);
});

it('claims and decisions refuse with their own codes', () => {
  expect(claimRefusal(claimedByAna, 'rvt_1', ben)).toBe('review_task_claimed_by_another');
  expect(claimRefusal(claimedByAna, 'rvt_1', ana)).toBeUndefined();
  expect(claimRefusal(undefined, 'rvt_1', ana)).toBe('review_task_not_open');
  expect(decisionRefusal(open, 'rvt_1', ana, approve)).toBe('review_task_not_claimed_by_caller');
  expect(decisionRefusal(claimedByAna, 'rvt_1', ana, approve)).toBeUndefined();
  const secondByAna: ReviewTaskState = { taskId: 'rvt_1', status: 'claimed', assignee: ana, firstReview: { actor: ana, decision: approve, decidedAt: '2026-12-01T00:00:00Z' } };
  expect(decisionRefusal(secondByAna, 'rvt_1', ana, approve)).toBe('four_eyes_same_reviewer');
  expect(claimRefusal({ ...secondByAna, status: 'awaiting_second_review', assignee: undefined }, 'rvt_1', ana)).toBe('four_eyes_same_reviewer');
});
