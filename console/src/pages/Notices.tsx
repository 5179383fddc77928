/**
 * Notices of illegal content (DSA Art. 16), newest first, a trusted flagger's marked; and the
 * trusted flaggers with their accuracy (Art. 22). Deciding one happens on its review task.
 */
import { useState } from 'react';
import { can } from '../api';
import { Pager, useCursorPages } from '../components/Pager';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatusFilter } from '../components/StatusFilter';
import { useLoad } from '../components/useLoad';
import { dateTime, label, percent } from '../format';
import { href } from '../router';
import { useSession } from '../session';

const statuses = ['received', 'in_review', 'decided', 'set_aside'];

function TrustedFlaggers() {
  const { api } = useSession();
  const flaggers = useLoad(() => api.get('/v1/trusted-flaggers'), []);
  return (
    <section aria-labelledby="flaggers-title">
      <h2 id="flaggers-title">Trusted flaggers</h2>
      <ProblemMessage error={flaggers.error} />
      <table aria-busy={flaggers.loading}>
        <thead>
          <tr>
            <th scope="col">Flagger</th>
            <th scope="col">Member State</th>
            <th scope="col">Decided</th>
            <th scope="col">Acted on</th>
            <th scope="col">Manifestly unfounded</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Median hours to decision</th>
          </tr>
        </thead>
        <tbody>
          {(flaggers.data?.data ?? []).map((f) => (
            <tr key={f.id} data-flagger-id={f.id}>
              <td>{f.name}</td>
              <td>{f.memberState}</td>
              <td>{f.decided}</td>
              <td>{f.actioned}</td>
              <td>{f.unfounded}</td>
              <td>{percent(f.accuracy)}</td>
              <td>{f.medianHoursToDecision === null ? '—' : f.medianHoursToDecision.toFixed(1)}</td>
            </tr>
          ))}
          {!flaggers.loading && flaggers.data?.data.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">
                No trusted flaggers registered.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

export function Notices() {
  const { api, me } = useSession();
  const [status, setStatus] = useState('');
  const [trustedOnly, setTrustedOnly] = useState(false);
  const pages = useCursorPages();
  const { cursor } = pages;
  const query = new URLSearchParams({ limit: '25', ...(status ? { status } : {}), ...(trustedOnly ? { trusted: 'true' } : {}), ...(cursor ? { cursor } : {}) });
  const page = useLoad(() => api.get('/v1/notices', {}, query), [query.toString()]);
  return (
    <section aria-labelledby="notices-title">
      <h1 id="notices-title">Notices</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <StatusFilter
          statuses={statuses}
          value={status}
          onChange={(s) => {
            setStatus(s);
            pages.reset();
          }}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={trustedOnly}
            onChange={() => {
              setTrustedOnly(!trustedOnly);
              pages.reset();
            }}
          />{' '}
          Trusted flaggers only
        </label>
      </form>
      <ProblemMessage error={page.error} />
      <table aria-busy={page.loading}>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Category</th>
            <th scope="col">About</th>
            <th scope="col">From</th>
            <th scope="col">Status</th>
            <th scope="col">Outcome</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {(page.data?.data ?? []).map((n) => (
            <tr key={n.id} data-notice-id={n.id}>
              <td>{dateTime(n.createdAt)}</td>
              <td>{label(n.category)}</td>
              <td>
                {n.target.type === 'listing' && (
                  <>
                    listing <code>{n.target.listingId}</code> of{' '}
                  </>
                )}
                <a href={href.seller(n.sellerId)}>{n.sellerId}</a>
              </td>
              <td>{n.trustedFlaggerId ? <strong>trusted flagger</strong> : 'notifier'}</td>
              <td>{label(n.status)}</td>
              <td>
                {label(n.outcome)}
                {n.manifestlyIllegal && <div className="muted">manifestly illegal</div>}
                {n.manifestlyUnfounded && <div className="muted">manifestly unfounded</div>}
              </td>
              <td>{n.enforcementId ? <code>{n.enforcementId}</code> : '—'}</td>
            </tr>
          ))}
          {!page.loading && page.data?.data.length === 0 && (
            <tr>
              <td colSpan={7} className="empty">
                No notices.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pager pages={pages} nextCursor={page.data?.nextCursor} />
      {can(me, 'trusted_flaggers:read') && <TrustedFlaggers />}
    </section>
  );
}
