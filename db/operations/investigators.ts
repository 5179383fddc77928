/**
 * Investigators (by the API key they work with): skills, shift, cap on open cases; and how many
 * cases each has open now, counted from the review tasks routed to or claimed by them.
 */
import type { Knex } from 'knex';
import type { Investigator } from '../../domain/operations/assignment';
import type { InvestigatorInput } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

const OPEN = ['open', 'claimed', 'awaiting_second_review'];

export async function saveInvestigator(db: Knex, id: string, input: InvestigatorInput, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    const row = {
      id,
      name: input.name,
      categories: JSON.stringify(input.categories),
      languages: JSON.stringify(input.languages),
      markets: JSON.stringify(input.markets),
      shift: JSON.stringify(input.shift),
      max_open_cases: input.maxOpenCases,
      senior: input.senior,
      email: input.email ?? null,
      active: input.active,
      updated_at: trx.fn.now(),
    };
    await trx('investigators').insert(row).onConflict('id').merge();
    // The profile is no personal data beyond the name the key already has; the email stays out of the trail.
    await appendAudit(trx, { actor, action: 'investigator.saved', subjectType: 'investigator', subjectId: id, data: { senior: input.senior, maxOpenCases: input.maxOpenCases, active: input.active } });
  });
}

/** Active investigators with their open cases now. */
export async function listInvestigatorLoads(db: Knex): Promise<(Investigator & { email: string | null; active: boolean })[]> {
  const rows = await db('investigators as i')
    .where('i.active', true)
    .select('i.*', db.raw(`(select count(*)::int from review_tasks t where t.status = any(?) and (t.assignee_id = i.id or (t.assignee_id is null and t.routed_to = i.id))) as open_cases`, [OPEN]))
    .orderBy('i.id');
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    categories: r.categories,
    languages: r.languages,
    markets: r.markets,
    shift: r.shift,
    maxOpenCases: r.max_open_cases,
    senior: r.senior,
    openCases: r.open_cases,
    lastAssignedAt: r.last_assigned_at?.toISOString(),
    email: r.email,
    active: r.active,
  }));
}

/** Routes the task to the investigator (once: a task already routed keeps its investigator). */
export async function routeTask(db: Knex, taskId: string, investigatorId: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const updated = await trx('review_tasks').where({ id: taskId }).whereNull('routed_to').update({ routed_to: investigatorId });
    if (updated === 0) return false;
    await trx('investigators').where({ id: investigatorId }).update({ last_assigned_at: trx.fn.now() });
    await appendAudit(trx, { actor: { id: 'system', name: 'sellergate', role: 'system' }, action: 'review_task.routed', subjectType: 'review_task', subjectId: taskId, data: { investigatorId } });
    return true;
  });
}

/** A page is sent once per task. */
export async function markPaged(db: Knex, taskId: string, investigatorId: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const updated = await trx('review_tasks').where({ id: taskId }).whereNull('paged_at').update({ paged_to: investigatorId, paged_at: trx.fn.now() });
    if (updated > 0)
      await appendAudit(trx, { actor: { id: 'system', name: 'sellergate', role: 'system' }, action: 'review_task.paged', subjectType: 'review_task', subjectId: taskId, data: { investigatorId } });
    return updated > 0;
  });
}

/** What a case task needs of its investigator: its category (from the task's reasons) and the seller's market. */
export async function findCaseNeeds(db: Knex, taskId: string): Promise<{ kind: string; priority: number; category?: string; market?: string; queue: string } | undefined> {
  const task = await db('review_tasks').where({ id: taskId }).first('kind', 'priority', 'reasons', 'seller_id', 'queue');
  if (!task) return undefined;
  const app = task.seller_id ? await db('applications').where({ seller_id: task.seller_id }).orderBy('submitted_at', 'desc').first('country') : undefined;
  const reason = (task.reasons as string[]).find((r) => /^(report|notice|dispute)_/.test(r));
  return { kind: task.kind, priority: task.priority, queue: task.queue, category: reason?.replace(/^(report|notice|dispute)_/, ''), market: app?.country };
}
