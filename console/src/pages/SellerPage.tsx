/**
 * A seller: status, capabilities and standing, applications, and every enforcement action with its
 * statement of reasons, and its account group. A compliance officer may place a legal hold; other roles see no such button.
 */
import { useState, type FormEvent } from 'react';
import { can } from '../api';
import { AccountGroup } from '../components/AccountGroup';
import { ProblemMessage } from '../components/ProblemMessage';
import { StatementOfReasons } from '../components/StatementOfReasons';
import { useLoad } from '../components/useLoad';
import { dateTime, label } from '../format';
import { go, href } from '../router';
import { useSession } from '../session';

function SellerLookup() {
  const [id, setId] = useState('');
  return (
    <form
      className="lookup"
      onSubmit={(e) => {
        e.preventDefault();
        if (id.trim()) go(href.seller(id.trim()));
      }}
    >
      <label htmlFor="seller-id">Seller ID</label>
      <input id="seller-id" value={id} onChange={(e) => setId(e.target.value)} placeholder="seller_…" />
      <button type="submit">Open</button>
    </form>
  );
}

function LegalHold({ sellerId, onPlaced }: { sellerId: string; onPlaced(): void }) {
  const { api } = useSession();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await api.post('/v1/sellers/{id}/legal-holds', { id: sellerId }, { reason });
      setReason('');
      onPlaced();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} aria-labelledby="hold-title">
      <h3 id="hold-title">Legal hold</h3>
      <label htmlFor="hold-reason">Reason (the case or order)</label>
      <input id="hold-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit">Place legal hold</button>
      <ProblemMessage error={error} />
    </form>
  );
}

export function SellerPage({ id }: { id?: string }) {
  const { api, me } = useSession();
  const loaded = useLoad(async () => {
    if (!id) return null;
    const [seller, enforcements] = await Promise.all([api.get('/v1/sellers/{id}', { id }), api.get('/v1/sellers/{id}/enforcements', { id })]);
    return { seller, enforcements: enforcements.data };
  }, [id]);
  return (
    <section aria-labelledby="seller-title">
      <h1 id="seller-title">Sellers</h1>
      <SellerLookup />
      <ProblemMessage error={loaded.error} />
      {loaded.data &&
        (() => {
          const { seller: s, enforcements } = loaded.data;
          return (
            <>
              <h2>
                {s.externalRef} <code>{s.id}</code>
              </h2>
              <dl className="facts">
                <div>
                  <dt>Status</dt>
                  <dd>{label(s.status)}</dd>
                </div>
                <div>
                  <dt>Standing</dt>
                  <dd>
                    {label(s.standing.level)} ({s.standing.points} points)
                  </dd>
                </div>
                <div>
                  <dt>Capabilities</dt>
                  <dd>
                    {Object.entries(s.capabilities)
                      .map(([k, v]) => `${label(k)} ${v ? 'on' : 'off'}`)
                      .join(' · ')}
                  </dd>
                </div>
                <div>
                  <dt>Legal holds</dt>
                  <dd>{s.retention?.legalHolds ?? 0}</dd>
                </div>
              </dl>
              <h3>Applications</h3>
              <ul>
                {s.applications.map((a: any) => (
                  <li key={a.id}>
                    <code>{a.id}</code>: {label(a.status)}, submitted {dateTime(a.submittedAt)}
                  </li>
                ))}
              </ul>
              <h3>Enforcement actions</h3>
              {enforcements.length === 0 && <p className="muted">None.</p>}
              {enforcements.map((e) => (
                <article key={e.id} className="enforcement">
                  <h4>
                    {label(e.type)} <code>{e.id}</code>: {label(e.status)}
                  </h4>
                  <p className="muted">
                    proposed {dateTime(e.createdAt)} · effective {dateTime(e.effectiveAt)} · appealable until {dateTime(e.appealableUntil)}
                  </p>
                  <StatementOfReasons statement={e.statementOfReasons} />
                </article>
              ))}
              {can(me, 'account_groups:read') && <AccountGroup sellerId={s.id} />}
              {can(me, 'legal_holds:manage') && <LegalHold sellerId={s.id} onPlaced={loaded.reload} />}
            </>
          );
        })()}
    </section>
  );
}
