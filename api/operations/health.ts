/** Liveness and readiness: /readyz names which dependency is down, and says when the sanctions lists are stale or synthetic. */
import { z } from 'zod';
import { confirmedAt, listFreshness } from '../../domain/screening/list-freshness';
import { latestDownloadStatus } from '../../db/screening/list-downloads';
import type { Db } from '../../db/knex';
import { route } from '../shared/route';

/** What `fn` answers within the time, else why not: a dependency that hangs is down, not a hung probe. */
async function probe<T>(fn: () => Promise<T>, timeoutMs: number): Promise<{ status: 'up'; value: T } | { status: 'down'; error: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = await Promise.race([fn(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)))]);
    return { status: 'up', value };
  } catch (err) {
    return { status: 'down', error: (err as Error).message.split('\n')[0].slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}

async function downloadState(db: Db) {
  const { last, lastGoodAt } = await latestDownloadStatus(db);
  const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : null);
  return { lastGoodAt, view: { outcome: last?.outcome ?? ('none' as const), attemptedAt: iso(last?.attempted_at), error: last?.error ?? null, lastGoodAt: iso(lastGoodAt) } };
}

const upOrDown = <T>(r: { status: 'up'; value: T } | { status: 'down'; error: string }) => (r.status === 'up' ? { status: 'up' as const } : r);

const probeResult = z.union([z.object({ status: z.literal('up') }), z.object({ status: z.literal('down'), error: z.string() })]);
const listsResult = z.union([
  z.object({
    status: z.enum(['current', 'stale', 'synthetic']).meta({ description: '`synthetic`: the shipped test list, never a real one; `stale`: a list older than SANCTIONS_LIST_MAX_AGE_HOURS' }),
    version: z.string(),
    oldest: z.object({ file: z.string(), at: z.string(), ageHours: z.number() }).nullable(),
    maxAgeHours: z.number(),
    reloadFailure: z.object({ at: z.string(), error: z.string() }).optional().meta({ description: 'a replaced list file that did not load: the last good version is still screened against' }),
    download: z
      .object({ outcome: z.enum(['published', 'unchanged', 'failed', 'none']), attemptedAt: z.string().nullable(), error: z.string().nullable(), lastGoodAt: z.string().nullable() })
      .optional()
      .meta({ description: 'with SANCTIONS_LIST_URLS: the last download and when one last found the lists good; a failed one keeps the set in use' }),
  }),
  z.object({ status: z.literal('down'), error: z.string() }),
]);
const readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  stopping: z.boolean().optional().meta({ description: 'true while the process shuts down: not ready, whatever its dependencies say' }),
  /** Why the service is ready but not to be trusted fully: a stale or synthetic sanctions list. */
  degraded: z
    .array(z.string())
    .meta({ description: 'what works but should not be relied on: `sanctions_lists_stale`, `sanctions_lists_synthetic`, `sanctions_lists_reload_failed`, `sanctions_lists_download_failed`' }),
  checks: z.object({ database: probeResult, temporal: probeResult, sanctionsLists: listsResult }),
});

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
    summary: 'Readiness: the database and Temporal answer and the sanctions lists load; names what does not, and says when a list is stale or synthetic',
    access: 'open',
    responses: {
      200: { description: 'ready', schema: readiness },
      503: { description: 'not ready (Retry-After)', schema: readiness, headers: { 'Retry-After': 'seconds' } },
    },
    problems: [],
  }).handle(async (_call, { db, temporal, screening, config, lifecycle }) => {
    const [database, workflows, index] = await Promise.all([
      probe(() => db.raw('select 1'), 3000),
      probe(() => temporal.withDeadline(Date.now() + 3000, () => temporal.workflowService.getSystemInfo({})), 3500),
      // The first call builds the index (seconds on the full official lists); later calls are cached.
      probe(() => screening.index(), 15_000),
    ]);
    // Downloaded lists: the last attempt, and freshness from the last download that found them good.
    const download = config.sanctionsListDownload && database.status === 'up' ? await probe(() => downloadState(db), 3000).then((r) => (r.status === 'up' ? r.value : undefined)) : undefined;
    const lists =
      index.status === 'up'
        ? {
            ...listFreshness(confirmedAt(index.value.sources, download?.lastGoodAt), new Date(), config.SANCTIONS_LIST_MAX_AGE_HOURS),
            ...(download ? { download: download.view } : {}),
            version: index.value.version,
            ...(index.value.reloadFailure ? { reloadFailure: index.value.reloadFailure } : {}),
          }
        : index;
    const checks = { database: upOrDown(database), temporal: upOrDown(workflows), sanctionsLists: lists };
    const degraded = [
      ...(lists.status === 'stale' ? ['sanctions_lists_stale'] : lists.status === 'synthetic' ? ['sanctions_lists_synthetic'] : []),
      ...('reloadFailure' in lists ? ['sanctions_lists_reload_failed'] : []),
      ...(download?.view.outcome === 'failed' ? ['sanctions_lists_download_failed'] : []),
    ];
    if (lifecycle?.stopping) return { status: 503, body: { status: 'not_ready' as const, stopping: true, degraded, checks }, headers: { 'Retry-After': '5' } };
    if (database.status === 'up' && workflows.status === 'up' && index.status === 'up') return { status: 200, body: { status: 'ready' as const, degraded, checks } };
    return { status: 503, body: { status: 'not_ready' as const, degraded, checks }, headers: { 'Retry-After': '5' } };
  }),
];
