/**
 * After-sales disputes, newest first, with the rule that chose each one's path; and the rule report:
 * per rules version and rule, what it decided and how often that was overturned on appeal.
 */
import { useState } from 'react';
import { can } from '../api';
import { Countdown } from '../components/Countdown';
import { Pager, useCursorPages } from '../components/Pager';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusFilter } from '../components/StatusFilter';
import { useLoad } from '../components/useLoad';
import { dateTime, label, percent } from '../format';
import { href } from '../router';
import { useSession } from '../session';

const statuses = ['awaiting_seller', 'in_review', 'resolved', 'appealed', 'closed'];

function RuleReport() {
  const { api } = useSession();
  const report = useLoad(() => api.get('/v1/dispute-rules/report'), []);
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Dispute rules</h2>
      <ProblemMessage error={report.error} />
      {report.data && <p className="muted">Current rules: {report.data.currentVersion}</p>}
      <table aria-busy={report.loading}>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Rule</th>
            <th scope="col">Decided</th>
            <th scope="col">Automatic</th>
            <th scope="col">By deadline</th>
            <th scope="col">By a reviewer</th>
            <th scope="col">Overturned</th>
            <th scope="col">Seller at fault</th>
            <th scope="col">Median hours to resolution</th>
          </tr>
        </thead>
        <tbody>
          {(report.data?.rules ?? []).map((r) => (
            <tr key={`${r.rulesVersion}:${r.ruleId}`} data-rule={r.ruleId}>
              <td>{r.rulesVersion}</td>
              <td>{r.ruleId}</td>
              <td>{r.decided}</td>
              <td>{r.automatic}</td>
              <td>{r.byDeadline}</td>
              <td>{r.byReviewer}</td>
              <td>
                {r.overturned} ({percent(r.overturnRate)})
              </td>
              <td>{r.sellerFault}</td>
              <td>{r.medianHoursToResolution === null ? '—' : r.medianHoursToResolution.toFixed(1)}</td>
            </tr>
          ))}
          {!report.loading && report.data?.rules.length === 0 && (
            <tr>
              <td colSpan={9} className="empty">
                No dispute decided yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

export function Disputes() {
  const { api, me } = useSession();
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const { cursor } = pages;
  const query = new URLSearchParams({ limit: '25', ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
  const page = useLoad(() => api.get('/v1/disputes', {}, query), [query.toString()]);
  return (
    <section aria-labelledby="disputes-title">
      <h1 id="disputes-title">Disputes</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <StatusFilter
          statuses={statuses}
          value={status}
          onChange={(s) => {
            setStatus(s);
            pages.reset();
          }}
        />
      </form>
      <ProblemMessage error={page.error} />
      <table aria-busy={page.loading}>
        <thead>
          <tr>
            <th scope="col">Opened</th>
            <th scope="col">Order</th>
            <th scope="col">Seller</th>
            <th scope="col">Scenario</th>
            <th scope="col">Amount</th>
            <th scope="col">Rule</th>
            <th scope="col">Status</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {(page.data?.data ?? []).map((d) => (
            <tr key={d.id} data-dispute-id={d.id}>
              <td>{dateTime(d.createdAt)}</td>
              <td>{d.orderId}</td>
              <td>
                <a href={href.seller(d.sellerId)}>{d.sellerId}</a>
              </td>
              <td>
                {label(d.scenario)} <span className="muted">({d.category})</span>
              </td>
              <td>
                {d.amount.amount} {d.amount.currency}
              </td>
              <td>
                {d.ruleId} <div className="muted">{label(d.path)}</div>
              </td>
              <td>
                {label(d.status)}
                {d.status === 'awaiting_seller' && d.respondBy && (
                  <div>
                    seller answers within <Countdown due={d.respondBy} />
                  </div>
                )}
              </td>
              <td>
                {label(d.finalOutcome ?? d.outcome)}
                {d.decidedBy && <div className="muted">decided by {label(d.decidedBy)}</div>}
                {d.overturned && <div className="muted">overturned on appeal</div>}
              </td>
            </tr>
          ))}
          {!page.loading && page.data?.data.length === 0 && (
            <tr>
              <td colSpan={8} className="empty">
                No disputes.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pager pages={pages} nextCursor={page.data?.nextCursor} />
      {can(me, 'disputes:report') && <RuleReport />}
    </section>
  );
}
