/** Sign-in with the reviewer's API key; the key is checked against GET /v1/me and kept in memory only. */
import { useState } from 'react';
import { can, createApi, type Api, type Me } from '../api';
import { ProblemMessage } from '../components/ProblemMessage';
import { useSubmit } from '../components/useSubmit';

export function SignIn({ onSignedIn }: { onSignedIn(me: Me, api: Api): void }) {
  const [key, setKey] = useState('');
  const { submit, busy, error } = useSubmit(async () => {
    const api = createApi(key.trim());
    const me = await api.get('/v1/me');
    // The console is for whoever may read the review queue: the API's own matrix decides, not a list here.
    if (!can(me, 'review_tasks:read')) throw new Error(`A ${me.role.replace(/_/g, ' ')} key cannot use the console; sign in with a reviewer's, compliance officer's or admin's key.`);
    onSignedIn(me, api);
  });

  return (
    <main className="sign-in">
      <h1>Sellergate console</h1>
      <form onSubmit={submit} aria-describedby="sign-in-help">
        <label htmlFor="api-key">API key</label>
        <input id="api-key" name="api-key" type="password" autoComplete="off" required value={key} onChange={(e) => setKey(e.target.value)} autoFocus />
        <p id="sign-in-help" className="help">
          Your key stays in this tab's memory: reloading or closing the tab signs you out.
        </p>
        <button type="submit" disabled={busy || key.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <ProblemMessage error={error} />
      </form>
    </main>
  );
}
