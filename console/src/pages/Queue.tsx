/**
 * The review queue: tasks sorted by SLA with a live countdown, filtered on the server and paged by
 * cursor, so a queue of a million tasks opens as fast as one of ten. Keyboard: j/k move, c claims,
 * o (or Enter) opens the selected task.
 */
import { useEffect, useState } from 'react';
import { can } from '../api';
import { Countdown } from '../components/Countdown';
import { Pager, useCursorPages } from '../components/Pager';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { label } from '../format';
import { go, href } from '../router';
import { useSession } from '../session';

export type { ReviewTask } from '../api';
import type { ReviewTask } from '../api';

const PAGE_SIZE = 25;
const filters = {
  status: ['open', 'claimed', 'awaiting_second_review', 'decided', 'cancelled'],
  queue: ['verification', 'sanctions', 'enforcement', 'appeals', 'investigations', 'inquiries'],
  kind: ['application', 'enforcement', 'appeal', 'investigation', 'inquiry'],
  risk: ['high', 'medium', 'low'],
} as const;
type Filters = { status: string; queue: string; kind: string; risk: string; assignee: string };

/** Why this reviewer may not claim the task, if they may not. */
export function claimBlocked(task: ReviewTask, meId: string): string | undefined {
  if (task.firstReview?.by.id === meId) return 'You took the first decision; another reviewer must confirm it (four eyes).';
  if (!['open', 'awaiting_second_review'].includes(task.status)) return `The task is ${label(task.status)}.`;
  return undefined;
}

export function Queue() {
  const { api, me } = useSession();
  const [filter, setFilter] = useState<Filters>({ status: 'open', queue: '', kind: '', risk: '', assignee: '' });
  const pages = useCursorPages();
  const [selected, setSelected] = useState(0);
  const [actionError, setActionError] = useState<unknown>();
  const { cursor } = pages;
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), ...(cursor ? { cursor } : {}) });
  const page = useLoad(() => api.get('/v1/review-tasks', {}, query), [query.toString()]);
  // A task claimed here stays in its row (now yours) until the page is loaded again, so the
  // selection does not jump and o opens what c just claimed.
  const [updated, setUpdated] = useState<Record<string, ReviewTask>>({});
  const tasks = (page.data?.data ?? []).map((t) => updated[t.id] ?? t);
  const mayWork = can(me, 'review_tasks:work');

  async function claim(task: ReviewTask) {
    setActionError(undefined);
    try {
      const claimed = await api.post('/v1/review-tasks/{id}/claim', { id: task.id });
      setUpdated((u) => ({ ...u, [claimed.id]: claimed }));
    } catch (err) {
      setActionError(err);
    }
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement || e.metaKey || e.ctrlKey || e.altKey) return;
      const task = tasks[selected];
      if (e.key === 'j') setSelected((s) => Math.min(s + 1, tasks.length - 1));
      else if (e.key === 'k') setSelected((s) => Math.max(s - 1, 0));
      else if ((e.key === 'o' || e.key === 'Enter') && task) go(href.task(task.id));
      else if (e.key === 'c' && task && mayWork && !claimBlocked(task, me.id)) void claim(task);
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    document.querySelector<HTMLElement>(`[data-row="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const change = (key: keyof Filters, value: string) => {
    setUpdated({});
    setFilter((f) => ({ ...f, [key]: value }));
    pages.reset();
    setSelected(0);
  };

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Review queue</h1>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        {(Object.keys(filters) as (keyof typeof filters)[]).map((key) => (
          <label key={key}>
            {key === 'risk' ? 'Risk' : key[0].toUpperCase() + key.slice(1)}
            <select name={key} value={filter[key]} onChange={(e) => change(key, e.target.value)}>
              <option value="">{key === 'status' ? 'any status' : `any ${key}`}</option>
              {filters[key].map((v) => (
                <option key={v} value={v}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Assignee
          <select name="assignee" value={filter.assignee} onChange={(e) => change('assignee', e.target.value)}>
            <option value="">anyone</option>
            <option value="me">me</option>
          </select>
        </label>
      </form>
      <p className="help" id="keys-help">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>c</kbd> claim, <kbd>o</kbd> open.
      </p>
      <ProblemMessage error={page.error ?? actionError} />
      <table className="queue" aria-describedby="keys-help" aria-busy={page.loading}>
        <thead>
          <tr>
            <th scope="col">SLA</th>
            <th scope="col">Task</th>
            <th scope="col">Queue</th>
            <th scope="col">Reasons</th>
            <th scope="col">Risk</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task, i) => {
            const blocked = claimBlocked(task, me.id);
            return (
              <tr key={task.id} data-row={i} data-task-id={task.id} aria-selected={i === selected} className={i === selected ? 'selected' : undefined} onClick={() => setSelected(i)}>
                <td>
                  <Countdown due={task.slaDueAt} />
                  {task.escalatedAt && <span className="badge warn">escalated</span>}
                </td>
                <td>
                  <a href={href.task(task.id)}>{label(task.kind)}</a> <span className="muted">{task.applicationId ?? task.subjectId}</span>
                </td>
                <td>{label(task.queue)}</td>
                <td>{task.reasons.map(label).join(', ')}</td>
                <td>{task.risk ? <span className={`risk risk-${task.risk.level}`}>{task.risk.level}</span> : '—'}</td>
                <td>
                  {label(task.status)}
                  {task.firstReview && (
                    <div className="muted">
                      first: {label(task.firstReview.outcome)} by {task.firstReview.by.name}
                    </div>
                  )}
                </td>
                <td>{task.assignee?.name ?? '—'}</td>
                <td>
                  {mayWork && (
                    <button type="button" onClick={() => void claim(task)} disabled={Boolean(blocked)} title={blocked} aria-label={`Claim task ${task.id}`}>
                      Claim
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
          {!page.loading && tasks.length === 0 && (
            <tr>
              <td colSpan={8} className="empty">
                No tasks match these filters.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pager pages={pages} nextCursor={page.data?.nextCursor} />
    </section>
  );
}
