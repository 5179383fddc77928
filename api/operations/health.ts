/** Liveness and readiness: /readyz names which dependency is down. */
import { Router } from 'express';
import type { ApiDeps } from '../deps';

async function probe(fn: () => Promise<unknown>, timeoutMs: number): Promise<{ status: 'up' } | { status: 'down'; error: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)))]);
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', error: (err as Error).message.split('\n')[0].slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

export function healthRouter({ db, temporal }: ApiDeps): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [database, workflows] = await Promise.all([
      probe(() => db.raw('select 1'), 3000),
      probe(() => temporal.withDeadline(Date.now() + 3000, () => temporal.workflowService.getSystemInfo({})), 3500),
    ]);
    const ready = database.status === 'up' && workflows.status === 'up';
    if (!ready) res.set('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { database, temporal: workflows } });
  });
  return router;
}
