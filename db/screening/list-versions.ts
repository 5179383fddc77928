/**
 * Sanctions list versions (migrations/20261203050000_sanctions_list_versions.ts): recorded by the
 * re-screening activity when it first screens against a version, with the delta from the version
 * before, computed against the entries of the current version kept here.
 */
import type { Knex } from 'knex';
import type { ListSource } from '../../domain/screening/screening-index';

export interface ListDelta {
  version: string;
  previousVersion: string | null;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ListVersionRow {
  version: string;
  previous_version: string | null;
  sources: ListSource[];
  entries: number;
  added: number;
  changed: number;
  removed: number;
  loaded_at: Date;
}

const BATCH = 1000;

/** The version's delta, recorded once: a second call for the same version answers what the first recorded. */
export async function recordListVersion(db: Knex, version: string, digests: ReadonlyMap<string, { listId: string; digest: string }>, sources: readonly ListSource[]): Promise<ListDelta> {
  return db.transaction(async (trx) => {
    // One recorder at a time: two workers seeing the same new list compute one delta.
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['sanctions_list_versions']);
    const known = await trx('sanctions_list_versions').where({ version }).first();
    if (known) {
      const changes = await trx('sanctions_list_changes').where({ version }).select('entry_id', 'change');
      const of = (c: string) => changes.filter((r) => r.change === c).map((r) => r.entry_id as string);
      return { version, previousVersion: known.previous_version, added: of('added'), changed: of('changed'), removed: of('removed') };
    }
    const previous = await trx('sanctions_list_versions').orderBy('loaded_at', 'desc').first('version');
    const current = new Map<string, string>((await trx('sanctions_list_entries').select('entry_id', 'digest')).map((r) => [r.entry_id, r.digest]));
    const added: string[] = [];
    const changed: string[] = [];
    for (const [entryId, { digest }] of digests) {
      const before = current.get(entryId);
      if (before === undefined) added.push(entryId);
      else if (before !== digest) changed.push(entryId);
    }
    const removed = [...current.keys()].filter((id) => !digests.has(id));
    await trx('sanctions_list_versions').insert({
      version,
      previous_version: previous?.version ?? null,
      sources: JSON.stringify(sources),
      entries: digests.size,
      added: added.length,
      changed: changed.length,
      removed: removed.length,
    });
    const changes = [
      ...added.map((id) => ({ version, entry_id: id, change: 'added', digest: digests.get(id)!.digest })),
      ...changed.map((id) => ({ version, entry_id: id, change: 'changed', digest: digests.get(id)!.digest })),
      ...removed.map((id) => ({ version, entry_id: id, change: 'removed', digest: null })),
    ];
    for (let i = 0; i < changes.length; i += BATCH) await trx('sanctions_list_changes').insert(changes.slice(i, i + BATCH));
    for (let i = 0; i < removed.length; i += BATCH)
      await trx('sanctions_list_entries')
        .whereIn('entry_id', removed.slice(i, i + BATCH))
        .del();
    const upserts = [...added, ...changed].map((id) => ({ entry_id: id, list_id: digests.get(id)!.listId, digest: digests.get(id)!.digest, version }));
    for (let i = 0; i < upserts.length; i += BATCH)
      await trx('sanctions_list_entries')
        .insert(upserts.slice(i, i + BATCH))
        .onConflict('entry_id')
        .merge(['digest', 'version', 'list_id']);
    return { version, previousVersion: previous?.version ?? null, added, changed, removed };
  });
}

export async function listListVersions(db: Knex, limit = 50): Promise<ListVersionRow[]> {
  return db('sanctions_list_versions').orderBy('loaded_at', 'desc').limit(limit);
}
