/**
 * The governance dashboard: figures over a range with charts per day, week or month, the review
 * queues' backlog and SLA attainment, the investigators' targets and quality figures, and the
 * half-yearly transparency report; the figures exportable as CSV.
 */
import { useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartCanvas } from '../components/ChartCanvas';
import { OperationsFigures } from '../components/OperationsFigures';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { download, flatten, toCsv } from '../csv';
import { label, percent } from '../format';
import { useSession } from '../session';

const day = (d: Date) => d.toISOString().slice(0, 10);
const colours = ['#1f5fa8', '#2e7d32', '#b3261e', '#6d4c9f', '#b26a00'];

function bar(labels: string[], sets: [string, number[]][]): ChartConfiguration {
  return {
    type: 'bar',
    data: { labels, datasets: sets.map(([name, data], i) => ({ label: name, data, backgroundColor: colours[i % colours.length] })) },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

function line(labels: string[], sets: [string, (number | null)[]][], max?: number): ChartConfiguration {
  return {
    type: 'line',
    data: { labels, datasets: sets.map(([name, data], i) => ({ label: name, data, borderColor: colours[i % colours.length], backgroundColor: colours[i % colours.length], spanGaps: true })) },
    options: { scales: { y: { beginAtZero: true, ...(max ? { max } : {}) } } },
  };
}

function Tile({ name, value }: { name: string; value: string | number }) {
  return (
    <div className="tile">
      <div className="tile-value">{value}</div>
      <div className="tile-name">{name}</div>
    </div>
  );
}

function TransparencyReport() {
  const { api } = useSession();
  const now = new Date();
  const current = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
  const [period, setPeriod] = useState(current);
  const report = useLoad(() => api.get('/v1/governance/transparency-report', {}, { period }), [period]);
  const periods = [0, 1, 2, 3].map((back) => {
    const half = now.getUTCFullYear() * 2 + (now.getUTCMonth() < 6 ? 0 : 1) - back;
    return `${Math.floor(half / 2)}-H${(half % 2) + 1}`;
  });
  const r = report.data;
  return (
    <section aria-labelledby="transparency-title">
      <h2 id="transparency-title">Transparency report (DSA Art. 24)</h2>
      <label>
        Period{' '}
        <select value={period} onChange={(e) => setPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>{' '}
      {r && (
        <button type="button" onClick={() => download(`transparency-report-${period}.csv`, toCsv(flatten(r)))}>
          Export CSV
        </button>
      )}
      <ProblemMessage error={report.error} />
      {r && (
        <dl className="fields">
          <div>
            <dt>Suspensions</dt>
            <dd>{r.restrictions.suspensions}</dd>
          </div>
          <div>
            <dt>Restrictions in all</dt>
            <dd>{r.restrictions.total}</dd>
          </div>
          <div>
            <dt>Complaints received</dt>
            <dd>{r.complaints.received}</dd>
          </div>
          <div>
            <dt>Complaints decided</dt>
            <dd>
              {r.complaints.decided} (
              {Object.entries(r.complaints.byOutcome)
                .map(([k, v]) => `${label(k)} ${v}`)
                .join(', ')}
              )
            </dd>
          </div>
          <div>
            <dt>Decisions reversed</dt>
            <dd>{r.complaints.decisionsReversed}</dd>
          </div>
          <div>
            <dt>Median handling time</dt>
            <dd>{r.complaints.medianHandlingHours === null ? '—' : `${r.complaints.medianHandlingHours} h`}</dd>
          </div>
          <div>
            <dt>Orders from authorities</dt>
            <dd>{r.ordersFromAuthorities.received}</dd>
          </div>
          <div>
            <dt>Notices</dt>
            <dd>{r.notices.received}</dd>
          </div>
          <div>
            <dt>Automated onboarding decisions</dt>
            <dd>
              {r.automatedMeans.onboardingDecisions.automated} of {r.automatedMeans.onboardingDecisions.total}
            </dd>
          </div>
          <div>
            <dt>Enforcement decided automatically</dt>
            <dd>{r.automatedMeans.enforcementDecidedAutomatically}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

export function Dashboard() {
  const { api } = useSession();
  const [range, setRange] = useState(() => ({ from: day(new Date(Date.now() - 90 * 86_400_000)), to: day(new Date(Date.now() + 86_400_000)), interval: 'week' }));
  const metrics = useLoad(() => api.get('/v1/governance/metrics', {}, range), [range.from, range.to, range.interval]);
  const m = metrics.data;
  const charts = useMemo(() => {
    if (!m) return undefined;
    const labels = m.series.map((b: any) => b.bucket.slice(0, 10));
    const col = (k: string) => m.series.map((b: any) => b[k]);
    return {
      applications: bar(labels, [
        ['submitted', col('submitted')],
        ['approved', col('approved')],
        ['rejected', col('rejected')],
      ]),
      automation: line(labels, [
        ['automated decisions', col('automatedDecisions')],
        ['human decisions', m.series.map((b: any) => b.approved + b.rejected - b.automatedDecisions)],
      ]),
      sla: line(labels, [['SLA attainment', m.series.map((b: any) => (b.slaAttainment === null ? null : b.slaAttainment * 100))]], 100),
      cases: bar(labels, [
        ['enforcement actions', col('enforcementActions')],
        ['appeals', col('appeals')],
      ]),
    };
  }, [m]);

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Governance</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Range">
        <label>
          From <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </label>
        <label>
          To <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </label>
        <label>
          Per{' '}
          <select value={range.interval} onChange={(e) => setRange({ ...range, interval: e.target.value })}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        {m && (
          <>
            <button type="button" onClick={() => download(`governance-series-${range.from}-${range.to}.csv`, toCsv(m.series))}>
              Export series CSV
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  `governance-figures-${range.from}-${range.to}.csv`,
                  toCsv(flatten({ applications: m.applications, reviewQueues: m.reviewQueues, screening: m.screening, enforcement: m.enforcement, appeals: m.appeals, inquiries: m.inquiries })),
                )
              }
            >
              Export figures CSV
            </button>
          </>
        )}
      </form>
      <ProblemMessage error={metrics.error} />
      {m && charts && (
        <>
          <div className="tiles">
            <Tile name="applications submitted" value={m.applications.submitted} />
            <Tile name="approved" value={m.applications.byOutcome.approved} />
            <Tile name="rejected" value={m.applications.byOutcome.rejected} />
            <Tile name="time to decision p50 / p90 (h)" value={`${m.applications.timeToDecisionHours.p50 ?? '—'} / ${m.applications.timeToDecisionHours.p90 ?? '—'}`} />
            <Tile name="decided automatically" value={percent(m.applications.decisions.automatedShare)} />
            <Tile name="screening false positives" value={percent(m.screening.adjudications.falsePositiveShare)} />
            <Tile name="appeal overturn rate" value={percent(m.appeals.overturnRate)} />
            <Tile name="inquiries acted on in time" value={percent(m.inquiries.onTimeShare)} />
          </div>
          <div className="charts">
            <ChartCanvas
              label="Applications"
              config={charts.applications}
              summary={`${m.applications.submitted} submitted, ${m.applications.byOutcome.approved} approved, ${m.applications.byOutcome.rejected} rejected`}
            />
            <ChartCanvas label="Automated and human decisions" config={charts.automation} summary={`${m.applications.decisions.automated} automated, ${m.applications.decisions.human} by a person`} />
            <ChartCanvas label="Review SLA attainment (%)" config={charts.sla} summary={m.reviewQueues.map((q: any) => `${q.queue} ${percent(q.slaAttainment)}`).join(', ') || 'no decided tasks'} />
            <ChartCanvas label="Enforcement actions and appeals" config={charts.cases} summary={`${m.enforcement.taken} actions, ${m.appeals.received} appeals`} />
          </div>
          <table>
            <caption>Review queues</caption>
            <thead>
              <tr>
                <th scope="col">Queue</th>
                <th scope="col">Backlog</th>
                <th scope="col">Overdue</th>
                <th scope="col">Decided in range</th>
                <th scope="col">Within SLA</th>
              </tr>
            </thead>
            <tbody>
              {m.reviewQueues.map((q: any) => (
                <tr key={q.queue}>
                  <td>{label(q.queue)}</td>
                  <td>{q.backlog}</td>
                  <td>{q.overdue}</td>
                  <td>{q.decided}</td>
                  <td>{percent(q.slaAttainment)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {Object.keys(m.enforcement.byType).length === 0 && <p className="muted">No enforcement actions in this range.</p>}
          <table hidden={Object.keys(m.enforcement.byType).length === 0}>
            <caption>Enforcement by type and ground</caption>
            <tbody>
              {Object.entries(m.enforcement.byType).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{label(k)}</th>
                  <td>{String(v)}</td>
                </tr>
              ))}
              {Object.entries(m.enforcement.byGround).map(([k, v]) => (
                <tr key={`g-${k}`}>
                  <th scope="row">ground: {k}</th>
                  <td>{String(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <OperationsFigures />
      <TransparencyReport />
    </section>
  );
}
