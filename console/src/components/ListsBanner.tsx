/**
 * Says, on every page, when the sanctions lists cannot be relied on (as /readyz reports them): the
 * shipped synthetic list, a list older than the allowed age, or a replaced file that did not load.
 */
import { useSession } from '../session';
import { useLoad } from './useLoad';

export function ListsBanner() {
  const { api } = useSession();
  const ready = useLoad(() => api.get('/readyz'), []);
  const lists = ready.data?.checks.sanctionsLists;
  if (!lists) return null;
  const messages: string[] = [];
  if (lists.status === 'synthetic') messages.push('Screening runs against the shipped synthetic test list: no real sanctions list is loaded.');
  if (lists.status === 'stale' && lists.oldest) messages.push(`The sanctions list ${lists.oldest.file} is ${lists.oldest.ageHours} hours old, more than the ${lists.maxAgeHours} allowed.`);
  if (lists.status === 'down') messages.push(`The sanctions lists do not load: ${lists.error}`);
  if ('reloadFailure' in lists && lists.reloadFailure) messages.push(`A replaced sanctions list did not load; screening still uses version ${lists.version}.`);
  if (messages.length === 0) return null;
  return (
    <div className="banner" role="status" data-testid="lists-banner">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
