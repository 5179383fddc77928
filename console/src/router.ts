/** Hash routes (#/queue, #/tasks/ID, #/sellers/ID, #/inquiries, #/notices, #/disputes, #/dashboard): deep links without a server-side router. */
import { useEffect, useState } from 'react';

export type Route = { page: 'queue' } | { page: 'task'; id: string } | { page: 'seller'; id?: string } | { page: 'inquiries' } | { page: 'dashboard' } | { page: 'notices' } | { page: 'disputes' };

export function parseRoute(hash: string): Route {
  const [, page, id] = hash.replace(/^#/, '').split('/');
  if (page === 'tasks' && id) return { page: 'task', id: decodeURIComponent(id) };
  if (page === 'sellers') return { page: 'seller', id: id ? decodeURIComponent(id) : undefined };
  if (page === 'dashboard') return { page: 'dashboard' };
  if (page === 'inquiries') return { page: 'inquiries' };
  if (page === 'notices') return { page: 'notices' };
  if (page === 'disputes') return { page: 'disputes' };
  return { page: 'queue' };
}

export const href = {
  queue: () => '#/queue',
  task: (id: string) => `#/tasks/${encodeURIComponent(id)}`,
  seller: (id?: string) => (id ? `#/sellers/${encodeURIComponent(id)}` : '#/sellers'),
  dashboard: () => '#/dashboard',
  inquiries: () => '#/inquiries',
  notices: () => '#/notices',
  disputes: () => '#/disputes',
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export const go = (to: string) => {
  window.location.hash = to;
};
