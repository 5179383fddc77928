/** Liveness and readiness: /readyz names which dependency is down. */
import { z } from 'zod';
import { route } from '../shared/route';

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

const probeResult = z.union([z.object({ status: z.literal('up') }), z.object({ status: z.literal('down'), error: z.string() })]);
const readiness = z.object({ status: z.enum(['ready', 'not_ready']), checks: z.object({ database: probeResult, temporal: probeResult }) });

export const healthRoutes = [
  route({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process answers',
    access: 'open',
    responses: { 200: { description: 'alive', schema: z.object({ status: z.literal('ok') }) } },
    problems: [],
  }).handle(async () => ({ status: 200, body: { status: 'ok' as const } })),

  route({
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: the database and Temporal answer; names the one that does not',
    access: 'open',
    responses: {
      200: { description: 'ready', schema: readiness },
      503: { description: 'not ready (Retry-After)', schema: readiness, headers: { 'Retry-After': 'seconds' } },
    },
    problems: [],
  }).handle(async (_call, { db, temporal }) => {
    const [database, workflows] = await Promise.all([
      probe(() => db.raw('select 1'), 3000),
      probe(() => temporal.withDeadline(Date.now() + 3000, () => temporal.workflowService.getSystemInfo({})), 3500),
    ]);
    const checks = { database, temporal: workflows };
    if (database.status === 'up' && workflows.status === 'up') return { status: 200, body: { status: 'ready' as const, checks } };
    return { status: 503, body: { status: 'not_ready' as const, checks }, headers: { 'Retry-After': '5' } };
  }),
];
