/**
 * The investigators' operations on the dashboard: the two-monthly targets (SLA attainment, backlog
 * age) with their trend, and, for leads, second-review agreement and the leading root causes with
 * the mitigation recorded for each.
 */
import type { ChartConfiguration } from 'chart.js';
import { can } from '../api';
import { label, percent } from '../format';
import { useSession } from '../session';
import { ChartCanvas } from './ChartCanvas';
import { ProblemMessage } from './ProblemMessage';
import { useLoad } from './useLoad';

const met = (ok: boolean | null) => (ok === null ? '—' : ok ? 'met' : 'missed');

function Targets() {
  const { api } = useSession();
  const loaded = useLoad(() => api.get('/v1/operations/targets'), []);
  if (loaded.error) return <ProblemMessage error={loaded.error} />;
  if (!loaded.data) return <p aria-busy="true">Loading the targets…</p>;
  const { targets, periods } = loaded.data;
  const trend: ChartConfiguration = {
    type: 'line',
    data: {
      labels: periods.map((p) => p.period),
      datasets: [
        {
          label: 'SLA attainment %',
          data: periods.map((p) => (p.slaAttainment === null ? null : Math.round(p.slaAttainment * 1000) / 10)),
          borderColor: '#1f5fa8',
          backgroundColor: '#1f5fa8',
          spanGaps: true,
        },
        { label: 'target %', data: periods.map(() => targets.slaAttainment * 100), borderColor: '#b3261e', backgroundColor: '#b3261e', borderDash: [4, 4] },
      ],
    },
    options: { scales: { y: { beginAtZero: true, max: 100 } } },
  };
  const last = periods[periods.length - 1];
  return (
    <section aria-labelledby="targets-title">
      <h2 id="targets-title">Targets per two months</h2>
      <ChartCanvas label="SLA attainment against target" config={trend} summary={`${percent(last?.slaAttainment)} in ${last?.period}, target ${percent(targets.slaAttainment)}`} />
      <table>
        <caption>
          Targets: {percent(targets.slaAttainment)} of tasks within their SLA; backlog median age at most {targets.backlogAgeHours} h
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Decided</th>
            <th scope="col">Within SLA</th>
            <th scope="col">SLA target</th>
            <th scope="col">Open at end</th>
            <th scope="col">Median age (h)</th>
            <th scope="col">Backlog target</th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p.period} data-period={p.period}>
              <td>{p.period}</td>
              <td>{p.decided}</td>
              <td>{percent(p.slaAttainment)}</td>
              <td>{met(p.meetsSlaTarget)}</td>
              <td>{p.openAtEnd}</td>
              <td>{p.medianBacklogAgeHours === null ? '—' : p.medianBacklogAgeHours.toFixed(1)}</td>
              <td>{met(p.meetsBacklogTarget)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Quality() {
  const { api } = useSession();
  const agreement = useLoad(() => api.get('/v1/quality/agreement'), []);
  const causes = useLoad(() => api.get('/v1/root-causes/report'), []);
  return (
    <section aria-labelledby="quality-title">
      <h2 id="quality-title">Quality and root causes</h2>
      <ProblemMessage error={agreement.error ?? causes.error} />
      <table aria-busy={agreement.loading}>
        <caption>Second-review agreement per investigator</caption>
        <thead>
          <tr>
            <th scope="col">Investigator</th>
            <th scope="col">Sampled</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {(agreement.data?.byInvestigator ?? []).map((i) => (
            <tr key={i.investigatorId} data-investigator-id={i.investigatorId}>
              <td>{i.name ?? i.investigatorId}</td>
              <td>{i.sampled}</td>
              <td>{i.reviewed}</td>
              <td>{percent(i.agreementRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-busy={agreement.loading}>
        <caption>Second-review agreement per reason code</caption>
        <tbody>
          {(agreement.data?.byReason ?? []).map((r) => (
            <tr key={r.reason}>
              <th scope="row">{label(r.reason)}</th>
              <td>
                {r.agreed} of {r.reviewed} ({percent(r.agreementRate)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-busy={causes.loading}>
        <caption>Leading root causes ({causes.data?.total ?? 0} closed cases), by month</caption>
        <thead>
          <tr>
            <th scope="col">Root cause</th>
            <th scope="col">Cases</th>
            <th scope="col">Trend</th>
            <th scope="col">Mitigation</th>
          </tr>
        </thead>
        <tbody>
          {(causes.data?.causes ?? []).map((c) => (
            <tr key={c.rootCause} data-root-cause={c.rootCause}>
              <td>{label(c.rootCause)}</td>
              <td>
                {c.count} ({percent(c.share)})
              </td>
              <td>{c.trend.map((t) => `${t.month}: ${t.count}`).join(' · ')}</td>
              <td>{c.mitigation ? `${c.mitigation.text} (from ${c.mitigation.period}, ${c.mitigation.recordedBy.name ?? c.mitigation.recordedBy.id})` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function OperationsFigures() {
  const { me } = useSession();
  return (
    <>
      <Targets />
      {can(me, 'quality:read') && <Quality />}
    </>
  );
}
