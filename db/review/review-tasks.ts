/** Review tasks: the reviewers' queue, read by status and SLA with keyset (cursor) pagination. */
import type { Knex } from 'knex';
import { systemActor, type Actor } from '../../domain/shared/actor';
import type { FirstReview, ReviewTaskKind, ReviewTaskStatus } from '../../domain/review/review';
import { appendAudit } from '../shared/audit';

export type { ReviewTaskKind } from '../../domain/review/review';

export interface ReviewTaskRow {
  id: string;
  kind: ReviewTaskKind;
  /** The workflow the task's claim and decision go to; null for an application's (its onboarding workflow). */
  workflow_id: string | null;
  seller_id: string | null;
  subject_id: string | null;
  excluded_reviewers: string[] | null;
  application_id: string | null;
  queue: string;
  status: ReviewTaskStatus;
  priority: number;
  reasons: string[];
  assignee_id: string | null;
  assignee_name: string | null;
  first_review: FirstReview | null;
  /** The investigator the case was routed to on opening (skills, shift, cap), and the senior paged on an urgent escalation. */
  routed_to?: string | null;
  paged_to?: string | null;
  root_cause?: string | null;
  sla_due_at: Date;
  escalated_at: Date | null;
  claimed_at: Date | null;
  decided_at: Date | null;
  created_at: Date;
  /** The application's risk, for tasks about an application (joined in by the reads below). */
  risk_level?: string | null;
  risk_score?: number | null;
}

export interface NewReviewTask {
  taskId: string;
  applicationId: string;
  queue: string;
  priority: number;
  reasons: string[];
  slaHours: number;
}

/** Inserts a task once (a retried activity finds it) with its audit event; returns the SLA due time. */
async function insertTask(db: Knex, row: Record<string, unknown> & { id: string }, slaHours: number, audit: Record<string, unknown>): Promise<string> {
  return db.transaction(async (trx) => {
    const due = new Date(Date.now() + slaHours * 3_600_000);
    const inserted = await trx('review_tasks')
      .insert({ ...row, status: 'open', sla_due_at: due })
      .onConflict('id')
      .ignore()
      .returning('sla_due_at');
    if (inserted.length === 0) return new Date((await trx('review_tasks').where({ id: row.id }).first('sla_due_at')).sla_due_at).toISOString();
    await appendAudit(trx, { actor: systemActor, action: 'review_task.opened', subjectType: 'review_task', subjectId: row.id, data: audit });
    return due.toISOString();
  });
}

/** Opens an application's task, once. Returns the SLA due time. */
export async function openReviewTask(db: Knex, task: NewReviewTask): Promise<string> {
  // The seller it concerns, from its application, so the queue can show and filter by seller.
  const sellerId = db('applications').select('seller_id').where({ id: task.applicationId });
  return insertTask(
    db,
    { id: task.taskId, application_id: task.applicationId, seller_id: sellerId, queue: task.queue, priority: task.priority, reasons: JSON.stringify(task.reasons) },
    task.slaHours,
    {
      applicationId: task.applicationId,
      queue: task.queue,
      priority: task.priority,
      reasons: task.reasons,
    },
  );
}

/** A task that belongs to an enforcement action or an appeal: its own workflow takes the claim and decision. */
export interface NewCaseTask {
  taskId: string;
  kind: Exclude<ReviewTaskKind, 'application'>;
  workflowId: string;
  /** Absent for a case about several sellers (an inquiry). */
  sellerId?: string;
  subjectId: string;
  applicationId?: string;
  queue: string;
  priority: number;
  reasons: string[];
  slaHours: number;
  excludedReviewers?: string[];
}

export async function openCaseTask(db: Knex, task: NewCaseTask): Promise<string> {
  return insertTask(
    db,
    {
      id: task.taskId,
      kind: task.kind,
      workflow_id: task.workflowId,
      seller_id: task.sellerId ?? null,
      subject_id: task.subjectId,
      application_id: task.applicationId ?? null,
      excluded_reviewers: JSON.stringify(task.excludedReviewers ?? []),
      queue: task.queue,
      priority: task.priority,
      reasons: JSON.stringify(task.reasons),
    },
    task.slaHours,
    { kind: task.kind, subjectId: task.subjectId, queue: task.queue, priority: task.priority, reasons: task.reasons },
  );
}

/** A case task's decision is recorded with its case; the task itself is closed here. */
/** What the case was decided for, kept on its task for quality review and the root-cause report. */
export interface TaskDecision {
  outcome: string;
  reasons: string[];
  rootCause?: string;
}

export async function closeReviewTask(db: Knex, taskId: string, status: 'decided' | 'cancelled' = 'decided', decision?: TaskDecision): Promise<boolean> {
  const closed = await db('review_tasks')
    .where({ id: taskId })
    .whereNotIn('status', ['decided', 'cancelled'])
    .update({
      status,
      decided_at: db.fn.now(),
      ...(decision ? { decision_outcome: decision.outcome, decision_reasons: JSON.stringify(decision.reasons), root_cause: decision.rootCause ?? null } : {}),
    });
  return closed > 0;
}

export async function claimReviewTask(db: Knex, taskId: string, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    const updated = await trx('review_tasks')
      .where({ id: taskId })
      .whereIn('status', ['open', 'awaiting_second_review'])
      .update({ status: 'claimed', assignee_id: actor.id, assignee_name: actor.name, claimed_at: trx.fn.now() });
    if (updated === 0) return; // already claimed by this call's earlier attempt
    await appendAudit(trx, { actor, action: 'review_task.claimed', subjectType: 'review_task', subjectId: taskId });
  });
}

/** The first reviewer's decision, waiting for a second reviewer: the task goes back to the queue. */
export async function recordFirstReview(db: Knex, taskId: string, firstReview: FirstReview): Promise<void> {
  await db.transaction(async (trx) => {
    const updated = await trx('review_tasks')
      .where({ id: taskId, status: 'claimed' })
      .update({ status: 'awaiting_second_review', first_review: JSON.stringify(firstReview), assignee_id: null, assignee_name: null, claimed_at: null });
    if (updated === 0) return;
    await appendAudit(trx, {
      actor: firstReview.actor,
      action: 'review_task.first_review',
      subjectType: 'review_task',
      subjectId: taskId,
      data: { outcome: firstReview.decision.outcome, rejectType: firstReview.decision.rejectType ?? null, reasons: firstReview.decision.reasons },
    });
  });
}

/** SLA breached: priority 0 (above every normal task) and the time, once; decided tasks are left alone. */
export async function escalateReviewTask(db: Knex, taskId: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const updated = await trx('review_tasks').where({ id: taskId }).whereNull('escalated_at').whereNotIn('status', ['decided', 'cancelled']).update({ priority: 0, escalated_at: trx.fn.now() });
    if (updated === 0) return false;
    await appendAudit(trx, { actor: systemActor, action: 'review_task.sla_breached', subjectType: 'review_task', subjectId: taskId });
    return true;
  });
}

/** Review tasks with their application's risk level and score beside them. */
const withRisk = (db: Knex) =>
  db('review_tasks')
    .leftJoin('applications', 'applications.id', 'review_tasks.application_id')
    .select('review_tasks.*', db.raw("applications.risk->>'level' as risk_level"), db.raw("(applications.risk->>'score')::int as risk_score"));

export async function findReviewTask(db: Knex, id: string): Promise<ReviewTaskRow | undefined> {
  return withRisk(db).where('review_tasks.id', id).first();
}

export interface ReviewTaskFilter {
  status?: ReviewTaskStatus;
  queue?: string;
  kind?: ReviewTaskKind;
  assignee?: string;
  /** Routed to this investigator and not claimed by anyone else. */
  routedTo?: string;
  risk?: 'low' | 'medium' | 'high';
  limit: number;
  after?: { slaDueAt: string; id: string };
}

/** Sorted by SLA due time, then ID, so the cursor is a stable (due, id) position. */
export async function listReviewTasks(db: Knex, filter: ReviewTaskFilter): Promise<ReviewTaskRow[]> {
  const q = withRisk(db);
  if (filter.status) q.where('review_tasks.status', filter.status);
  if (filter.queue) q.where('review_tasks.queue', filter.queue);
  if (filter.kind) q.where('review_tasks.kind', filter.kind);
  if (filter.assignee) q.where('review_tasks.assignee_id', filter.assignee);
  if (filter.routedTo) q.where('review_tasks.routed_to', filter.routedTo).where((w) => w.whereNull('review_tasks.assignee_id').orWhere('review_tasks.assignee_id', filter.routedTo!));
  if (filter.risk) q.whereRaw("applications.risk->>'level' = ?", [filter.risk]);
  if (filter.after) q.whereRaw('(review_tasks.sla_due_at, review_tasks.id) > (?::timestamptz, ?)', [filter.after.slaDueAt, filter.after.id]);
  return q.orderBy([{ column: 'review_tasks.sla_due_at' }, { column: 'review_tasks.id' }]).limit(filter.limit);
}
