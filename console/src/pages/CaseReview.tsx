/** A case under review: the enforcement action, appeal, investigation, inquiry, notice or dispute the task decides. */
import { CaseDecision } from '../components/CaseDecision';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatementOfReasons } from '../components/StatementOfReasons';
import { useLoad } from '../components/useLoad';
import { dateTime, label } from '../format';
import { href } from '../router';
import { useSession } from '../session';
import type { ReviewTask } from '../api';

const paths = {
  enforcement: '/v1/enforcements/{id}',
  appeal: '/v1/appeals/{id}',
  investigation: '/v1/investigations/{id}',
  inquiry: '/v1/inquiries/{id}',
  notice: '/v1/notices/{id}',
  dispute: '/v1/disputes/{id}',
} as const;

export function CaseReview({ task, canDecide, onDecide }: { task: ReviewTask; canDecide: boolean; onDecide(body: unknown): Promise<void> }) {
  const { api } = useSession();
  // One view over the kinds of case: each block below reads the fields of its own kind. A quality
  // review shows the case its sampled task decided, blind: the first decision's outcome is left out.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const loaded = useLoad<any>(async () => {
    const decided = task.kind === 'quality_review' && task.subjectId ? await api.get('/v1/review-tasks/{id}', { id: task.subjectId }) : task;
    const kind = decided.kind;
    if (kind === 'application' || kind === 'quality_review' || !decided.caseId) return { kind, c: null };
    const c = await api.get(paths[kind], { id: decided.caseId });
    return { kind, c: task.kind === 'quality_review' ? { ...c, outcome: null, reasons: null, decidedBy: null, enforcementId: null } : c };
  }, [task.id, task.status]);
  if (loaded.error) return <ProblemMessage error={loaded.error} />;
  if (loaded.data === undefined) return <p aria-busy="true">Loading the case…</p>;
  const { c, kind } = loaded.data;
  return (
    <div className="review">
      {c && (
        <section aria-labelledby="case-title">
          <h2 id="case-title">
            {label(kind)} <code>{c.id}</code>
            {task.kind === 'quality_review' ? ' (second review, blind)' : `: ${label(c.status)}`}
          </h2>
          {kind === 'enforcement' && (
            <>
              <p>
                {label(c.type)} for seller <a href={href.seller(c.sellerId)}>{c.sellerId}</a>, proposed {dateTime(c.createdAt)}
              </p>
              <StatementOfReasons statement={c.statementOfReasons ?? c.statement} />
            </>
          )}
          {kind === 'appeal' && (
            <dl className="fields">
              <div>
                <dt>Contests</dt>
                <dd>
                  {label(c.subject?.type)} <code>{c.subject?.id}</code>
                </dd>
              </div>
              <div>
                <dt>Seller's statement</dt>
                <dd>{c.statement}</dd>
              </div>
              <div>
                <dt>Filed</dt>
                <dd>{dateTime(c.createdAt)}</dd>
              </div>
            </dl>
          )}
          {kind === 'investigation' && (
            <ul>
              {c.signals.map((s: any, i: number) => (
                <li key={i}>
                  {label(s.source)}
                  {s.category ? `: ${label(s.category)}` : ''}
                  {s.description ? `: ${s.description}` : ''}
                </li>
              ))}
            </ul>
          )}
          {kind === 'notice' && (
            <dl className="fields">
              <div>
                <dt>About</dt>
                <dd>
                  {c.target.type === 'listing' ? (
                    <>
                      listing <code>{c.target.listingId}</code> of{' '}
                    </>
                  ) : null}
                  seller <a href={href.seller(c.sellerId)}>{c.sellerId}</a>
                </dd>
              </div>
              <div>
                <dt>Category</dt>
                <dd>
                  {label(c.category)}
                  {c.trustedFlaggerId ? ` (trusted flagger ${c.trustedFlaggerId})` : ''}
                </dd>
              </div>
              <div>
                <dt>Explanation</dt>
                <dd>{c.explanation}</dd>
              </div>
              <div>
                <dt>Where</dt>
                <dd>
                  {(c.locations ?? []).map((l: string) => (
                    <div key={l}>
                      <code>{l}</code>
                    </div>
                  ))}
                </dd>
              </div>
              {c.legalReference && (
                <div>
                  <dt>Law named</dt>
                  <dd>{c.legalReference}</dd>
                </div>
              )}
            </dl>
          )}
          {kind === 'dispute' && (
            <dl className="fields">
              <div>
                <dt>Order</dt>
                <dd>
                  {c.orderId} of seller <a href={href.seller(c.sellerId)}>{c.sellerId}</a>: {c.amount.amount} {c.amount.currency}
                </dd>
              </div>
              <div>
                <dt>Scenario</dt>
                <dd>
                  {label(c.scenario)} ({c.category}), rule {c.ruleId} of {c.rulesVersion}
                </dd>
              </div>
              <div>
                <dt>Buyer says</dt>
                <dd>{c.description}</dd>
              </div>
              <div>
                <dt>Seller says</dt>
                <dd>{c.sellerStatement ?? '—'}</dd>
              </div>
              {c.outcome && (
                <div>
                  <dt>First resolution (appealed by the {c.appealedBy})</dt>
                  <dd>
                    {label(c.outcome)}, decided by {label(c.decidedBy)}
                  </dd>
                </div>
              )}
            </dl>
          )}
          {kind === 'inquiry' && (
            <dl className="fields">
              <div>
                <dt>Authority</dt>
                <dd>
                  {c.authority} ({c.reference})
                </dd>
              </div>
              <div>
                <dt>Legal basis</dt>
                <dd>{c.legalBasis?.citation ?? c.legalBasis?.code}</dd>
              </div>
              <div>
                <dt>Data asked for</dt>
                <dd>{c.categories.map(label).join(', ')}</dd>
              </div>
              <div>
                <dt>Due</dt>
                <dd>{dateTime(c.dueAt)}</dd>
              </div>
            </dl>
          )}
        </section>
      )}
      {canDecide && task.kind !== 'application' && <CaseDecision kind={task.kind} onDecide={onDecide} />}
    </div>
  );
}
