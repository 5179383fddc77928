/**
 * A seller's account group: every seller linked to it through shared identifiers, each member's
 * state, what links each pair (never the shared value), and the button that opens an investigation
 * on the whole group.
 */
import { useState } from 'react';
import { can } from '../api';
import { label } from '../format';
import { href } from '../router';
import { useSession } from '../session';
import { ProblemMessage } from './ProblemMessage';
import { useLoad } from './useLoad';

export function AccountGroup({ sellerId }: { sellerId: string }) {
  const { api, me } = useSession();
  const group = useLoad(() => api.get('/v1/sellers/{id}/account-group', { id: sellerId }), [sellerId]);
  const [opened, setOpened] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  async function investigate() {
    setError(undefined);
    try {
      setOpened((await api.post('/v1/sellers/{id}/account-group/investigation', { id: sellerId })).memberIds);
    } catch (err) {
      setError(err);
    }
  }
  if (group.error) return <ProblemMessage error={group.error} />;
  if (!group.data) return <p aria-busy="true">Loading the account group…</p>;
  const { members, links, truncated } = group.data;
  return (
    <section aria-labelledby="group-title" className="account-group">
      <h3 id="group-title">Account group ({members.length})</h3>
      {members.length === 1 && <p className="muted">No other seller shares an identifier with this one.</p>}
      {members.length > 1 && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Seller</th>
                <th scope="col">Status</th>
                <th scope="col">Open enforcement</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.sellerId} data-member-id={m.sellerId}>
                  <td>
                    {m.sellerId === sellerId ? <strong>{m.externalRef}</strong> : <a href={href.seller(m.sellerId)}>{m.externalRef}</a>} <code>{m.sellerId}</code>
                  </td>
                  <td>{label(m.status)}</td>
                  <td>{m.enforcements.length === 0 ? '—' : m.enforcements.map((e) => `${label(e.type)} (${label(e.status)})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>Links</h4>
          <ul aria-label="Links">
            {links.map((l) => (
              <li key={l.sellers.join('-')}>
                <code>{l.sellers[0]}</code> and <code>{l.sellers[1]}</code> share {l.kinds.map(label).join(', ')}
              </li>
            ))}
          </ul>
          {truncated && <p className="muted">The group is larger than shown.</p>}
          {can(me, 'account_groups:investigate') && !opened && (
            <button type="button" onClick={investigate}>
              Investigate the group
            </button>
          )}
          {opened && <p role="status">The group ({opened.length} sellers) joined this seller’s investigation; it is in the investigations queue.</p>}
          <ProblemMessage error={error} />
        </>
      )}
    </section>
  );
}
