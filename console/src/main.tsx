/** The reviewer console: sign in, then the queue, a task, sellers, inquiries, notices, disputes and the governance dashboard. */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { can, type Api, type Me } from './api';
import { href, useRoute } from './router';
import { SessionContext, type Session } from './session';
import { ListsBanner } from './components/ListsBanner';
import { Dashboard } from './pages/Dashboard';
import { Inquiries } from './pages/Inquiries';
import { Disputes } from './pages/Disputes';
import { Notices } from './pages/Notices';
import { Queue } from './pages/Queue';
import { SellerPage } from './pages/SellerPage';
import { SignIn } from './pages/SignIn';
import { TaskPage } from './pages/TaskPage';
import './styles.css';

function Console() {
  const [signedIn, setSignedIn] = useState<{ me: Me; api: Api } | null>(null);
  const route = useRoute();
  const session = useMemo<Session | null>(() => (signedIn ? { ...signedIn, signOut: () => setSignedIn(null) } : null), [signedIn]);
  if (!session) return <SignIn onSignedIn={(me, api) => setSignedIn({ me, api })} />;
  const { me } = session;
  const current = (page: string) => (route.page === page ? 'page' : undefined);
  return (
    <SessionContext.Provider value={session}>
      <header className="top">
        <a className="brand" href={href.queue()}>
          Sellergate
        </a>
        <nav aria-label="Main">
          <a href={href.queue()} aria-current={current('queue')}>
            Queue
          </a>
          <a href={href.seller()} aria-current={current('seller')}>
            Sellers
          </a>
          {can(me, 'inquiries:read') && (
            <a href={href.inquiries()} aria-current={current('inquiries')}>
              Inquiries
            </a>
          )}
          {can(me, 'notices:list') && (
            <a href={href.notices()} aria-current={current('notices')}>
              Notices
            </a>
          )}
          {can(me, 'disputes:list') && (
            <a href={href.disputes()} aria-current={current('disputes')}>
              Disputes
            </a>
          )}
          {can(me, 'governance:read') && (
            <a href={href.dashboard()} aria-current={current('dashboard')}>
              Dashboard
            </a>
          )}
        </nav>
        <div className="who">
          <span data-testid="signed-in-as">{me.name}</span> <span className="role">{me.role.replace(/_/g, ' ')}</span>
          <button type="button" className="link" onClick={session.signOut}>
            Sign out
          </button>
        </div>
      </header>
      <ListsBanner />
      <main id="main">
        {route.page === 'queue' && <Queue />}
        {route.page === 'task' && <TaskPage id={route.id} />}
        {route.page === 'seller' && <SellerPage id={route.id} />}
        {route.page === 'inquiries' && <Inquiries />}
        {route.page === 'dashboard' && <Dashboard />}
        {route.page === 'notices' && <Notices />}
        {route.page === 'disputes' && <Disputes />}
      </main>
    </SessionContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Console />
  </StrictMode>,
);
