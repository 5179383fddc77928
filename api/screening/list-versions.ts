/**
 * The sanctions list versions screening ran against, for sanctions officers and reviewers: when each
 * was loaded, from which files, and what it changed (GET .../{version}/changes: which entries it
 * added, changed or removed, with each entry's content digest as that version had it). With the
 * list version stored on every screening result, this shows which list said what.
 */
import { z } from 'zod';
import { listListVersions } from '../../db/screening/list-versions';
import { iso } from '../onboarding/application-view';
import { notFound } from '../shared/problem';
import { route } from '../shared/route';
import { list, timestamp } from '../shared/schemas';

const listVersionResponse = z.object({
  object: z.literal('sanctions_list_version'),
  version: z.string(),
  previousVersion: z.string().nullable(),
  loadedAt: timestamp,
  entries: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  sources: z.array(z.object({ file: z.string(), publishedAt: z.string().optional(), entries: z.number().int() })),
});

const changeResponse = z.object({ entryId: z.string(), change: z.enum(['added', 'changed', 'removed']), digest: z.string().nullable() });

export const listVersionRoutes = [
  route({
    method: 'get',
    path: '/v1/sanctions-list-versions',
    summary: 'The sanctions list versions screening ran against, newest first, with what each changed',
    access: { permission: 'screenings:run' },
    responses: { 200: { description: 'the versions', schema: list(listVersionResponse) } },
    problems: [],
  }).handle(async (_call, { db }) => ({
    status: 200,
    body: {
      object: 'list' as const,
      data: (await listListVersions(db)).map((v) => ({
        object: 'sanctions_list_version' as const,
        version: v.version,
        previousVersion: v.previous_version,
        loadedAt: iso(v.loaded_at),
        entries: v.entries,
        added: v.added,
        changed: v.changed,
        removed: v.removed,
        sources: v.sources.map((s) => ({ file: s.file, ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}), entries: s.entries })),
      })),
    },
  })),

  route({
    method: 'get',
    path: '/v1/sanctions-list-versions/{version}/changes',
    summary: 'The entries a list version added, changed or removed, with their digests as it had them',
    access: { permission: 'screenings:run' },
    params: z.object({ version: z.string().regex(/^sha256:[0-9a-f]{16}$/, 'must be a list version, e.g. sha256:0123456789abcdef') }),
    query: z.strictObject({ entryId: z.string().max(200).optional() }),
    responses: { 200: { description: 'the changes', schema: list(changeResponse) } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { version }, query }, { db }) => {
    if (!(await db('sanctions_list_versions').where({ version }).first('version'))) throw notFound('The list version');
    const q = db('sanctions_list_changes').where({ version }).orderBy('id').limit(10_000).select('entry_id', 'change', 'digest');
    if (query.entryId) q.where({ entry_id: query.entryId });
    return { status: 200, body: { object: 'list' as const, data: (await q).map((c) => ({ entryId: c.entry_id, change: c.change, digest: c.digest })) } };
  }),
];
