/**
 * Regulators' inquiries by deadline, the most urgent first. A compliance officer can read the
 * assembled package before approving it in the queue (each read is audited by the API).
 */
import { useState } from 'react';
import { can } from '../api';
import { Countdown } from '../components/Countdown';
import { Pager, useCursorPages } from '../components/Pager';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusFilter } from '../components/StatusFilter';
import { useLoad } from '../components/useLoad';
import { dateTime, label } from '../format';
import { useSession } from '../session';

const statuses = ['received', 'awaiting_approval', 'answered', 'declined'];

function ResponsePackage({ id }: { id: string }) {
  const { api } = useSession();
  const response = useLoad(() => api.get('/v1/inquiries/{id}/response', { id }), [id]);
  if (response.error) return <ProblemMessage error={response.error} />;
  if (!response.data) return <p aria-busy="true">Loading the package…</p>;
  return <pre className="package">{JSON.stringify(response.data, null, 2)}</pre>;
}

export function Inquiries() {
  const { api, me } = useSession();
  const [status, setStatus] = useState('');
  const pages = useCursorPages();
  const [open, setOpen] = useState<string>();
  const { cursor } = pages;
  const query = new URLSearchParams({ limit: '25', ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) });
  const page = useLoad(() => api.get('/v1/inquiries', {}, query), [query.toString()]);
  return (
    <section aria-labelledby="inquiries-title">
      <h1 id="inquiries-title">Inquiries</h1>
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
            <th scope="col">Due</th>
            <th scope="col">Authority</th>
            <th scope="col">Reference</th>
            <th scope="col">Legal basis</th>
            <th scope="col">Data asked for</th>
            <th scope="col">Status</th>
            <th scope="col">Acted on</th>
            <th scope="col">
              <span className="visually-hidden">Package</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(page.data?.data ?? []).map((q) => (
            <tr key={q.id} data-inquiry-id={q.id}>
              <td>{['answered', 'declined'].includes(q.status) ? dateTime(q.dueAt) : <Countdown due={q.dueAt} />}</td>
              <td>{q.authority}</td>
              <td>{q.reference}</td>
              <td>{q.legalBasis.citation ?? q.legalBasis.code}</td>
              <td>{q.categories.map(label).join(', ')}</td>
              <td>
                {label(q.status)}
                {q.declineReason && <div className="muted">{q.declineReason}</div>}
              </td>
              <td>{dateTime(q.actedOnAt)}</td>
              <td>
                {can(me, 'inquiries:response') && q.status !== 'received' && (
                  <button type="button" onClick={() => setOpen(open === q.id ? undefined : q.id)} aria-expanded={open === q.id}>
                    Package
                  </button>
                )}
              </td>
            </tr>
          ))}
          {!page.loading && page.data?.data.length === 0 && (
            <tr>
              <td colSpan={8} className="empty">
                No inquiries.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {open && <ResponsePackage id={open} />}
      <Pager pages={pages} nextCursor={page.data?.nextCursor} />
    </section>
  );
}
