/**
 * One review task: its facts, claim, the four-eyes state, and the review of its case: an
 * application (ApplicationReview) or an enforcement action, appeal, investigation or inquiry
 * (CaseReview). Only a reviewer who holds the claim may decide.
 */
import { useState } from 'react';
import { can, type RequestBody } from '../api';
import { Countdown } from '../components/Countdown';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { dateTime, label } from '../format';
import { href } from '../router';
import { useSession } from '../session';
import { ApplicationReview } from './ApplicationReview';
import { CaseReview } from './CaseReview';
import { claimBlocked } from './Queue';

export function TaskPage({ id }: { id: string }) {
  const { api, me } = useSession();
  const task = useLoad(() => api.get('/v1/review-tasks/{id}', { id }), [id]);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  if (task.error) return <ProblemMessage error={task.error} />;
  if (!task.data) return <p aria-busy="true">Loading…</p>;
  const t = task.data;
  const mine = t.status === 'claimed' && t.assignee?.id === me.id;
  const blocked = claimBlocked(t, me.id);
  const mayWork = can(me, 'review_tasks:work');

  async function claim() {
    setError(undefined);
    try {
      await api.post('/v1/review-tasks/{id}/claim', { id: t.id });
      task.reload();
    } catch (err) {
      setError(err);
    }
  }
  /** Sends a decision; the answer says whether it is final or waits for a second reviewer. */
  async function decide(body: unknown) {
    const result = await api.post('/v1/review-tasks/{id}/decision', { id: t.id }, body as RequestBody<'/v1/review-tasks/{id}/decision'>);
    setNotice(
      ('awaitingSecondReview' in result && result.awaitingSecondReview) || ('awaitingSecondApproval' in result && result.awaitingSecondApproval)
        ? 'Recorded as the first decision. A second reviewer must confirm it (four eyes).'
        : `Decided${'applicationStatus' in result ? `: the application is now ${label(result.applicationStatus)}` : ''}.`,
    );
    task.reload();
  }

  return (
    <article aria-labelledby="task-title">
      <p>
        <a href={href.queue()}>← Queue</a>
      </p>
      <h1 id="task-title">
        {label(t.kind)} review <span className="muted">{t.id}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd data-testid="task-status">{label(t.status)}</dd>
        </div>
        <div>
          <dt>SLA</dt>
          <dd>
            <Countdown due={t.slaDueAt} /> ({dateTime(t.slaDueAt)})
          </dd>
        </div>
        <div>
          <dt>Queue</dt>
          <dd>
            {label(t.queue)} · priority {t.priority}
          </dd>
        </div>
        <div>
          <dt>Reasons</dt>
          <dd>{t.reasons.map(label).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>Assignee</dt>
          <dd>{t.assignee?.name ?? '—'}</dd>
        </div>
        {t.sellerId && (
          <div>
            <dt>Seller</dt>
            <dd>
              <a href={href.seller(t.sellerId)}>{t.sellerId}</a>
            </dd>
          </div>
        )}
      </dl>
      {t.firstReview && (
        <section className="four-eyes" aria-labelledby="four-eyes-title" data-testid="four-eyes">
          <h2 id="four-eyes-title">Four eyes</h2>
          <p>
            First decision: <strong>{label(t.firstReview.outcome)}</strong>
            {t.firstReview.rejectType && <> ({t.firstReview.rejectType})</>} by <strong>{t.firstReview.by.name}</strong> ({label(t.firstReview.by.role)}) on {dateTime(t.firstReview.decidedAt)}, for{' '}
            {t.firstReview.reasons.map(label).join(', ')}.
          </p>
          <p>
            {t.firstReview.by.id === me.id
              ? 'You took the first decision: another reviewer must confirm it.'
              : t.status === 'decided'
                ? 'Confirmed by a second reviewer.'
                : 'Waiting for a second reviewer to confirm or override it.'}
          </p>
        </section>
      )}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <ProblemMessage error={error} />
      {mayWork && !mine && ['open', 'awaiting_second_review'].includes(t.status) && (
        <p>
          <button type="button" onClick={() => void claim()} disabled={Boolean(blocked)}>
            Claim this task
          </button>
          {blocked && <span className="muted"> {blocked}</span>}
        </p>
      )}
      {t.status === 'claimed' && !mine && <p className="muted">Claimed by {t.assignee?.name}; only they can decide it now.</p>}
      {t.kind === 'application' && t.applicationId ? <ApplicationReview task={t} canDecide={mine} onDecide={decide} /> : <CaseReview task={t} canDecide={mine} onDecide={decide} />}
    </article>
  );
}
