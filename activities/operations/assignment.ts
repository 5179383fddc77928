/**
 * Routing case tasks to investigators as they open, paging the senior on shift when an urgent one
 * passes its SLA, and sampling decided cases for a second, blind review. Called from the review
 * task activities (activities/enforcement/cases.ts, activities/review/review.ts), so every case
 * workflow gets them without a change of its own.
 */
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { findCaseNeeds, listInvestigatorLoads, markPaged, routeTask } from '../../db/operations/investigators';
import { recordSample } from '../../db/operations/quality-reviews';
import { chooseInvestigator, seniorOnShift } from '../../domain/operations/assignment';
import { isSampled, isSampledKind } from '../../domain/operations/quality-sampling';
import { qualityReviewWorkflowId } from '../../temporal/workflow-ids';
import type { NotificationDeps } from '../shared/notification-deps';

/** The investigators' cases: the kinds routed by skill and shift. */
const routedKinds = new Set(['investigation', 'notice', 'dispute']);

export async function routeToInvestigator(db: Knex, taskId: string, now = new Date()): Promise<string | undefined> {
  const needs = await findCaseNeeds(db, taskId);
  if (!needs || !routedKinds.has(needs.kind)) return undefined;
  const chosen = chooseInvestigator(await listInvestigatorLoads(db), needs, now);
  if (chosen && (await routeTask(db, taskId, chosen.id))) return chosen.id;
  return undefined;
}

/** An urgent task (first in the queue from the start: a sanctions hit, a trusted flagger's notice) past its SLA pages the senior on shift, once. */
export async function pageSeniorIfUrgent(db: Knex, notifications: NotificationDeps, taskId: string, wasPriority: number, now = new Date()): Promise<string | undefined> {
  if (wasPriority !== 0) return undefined;
  const investigators = await listInvestigatorLoads(db);
  const senior = seniorOnShift(investigators, now);
  if (!senior || !(await markPaged(db, taskId, senior.id))) return undefined;
  const email = investigators.find((i) => i.id === senior.id)?.email;
  if (email && notifications.mailer)
    await notifications.mailer.sendMail({
      from: notifications.emailFrom,
      to: email,
      subject: `Urgent: review task ${taskId} is past its SLA`,
      text: `Review task ${taskId} was first in the queue and is past its SLA. You are the senior on shift: take it or hand it on.`,
      messageId: `<page.${taskId}@sellergate.invalid>`,
    });
  return senior.id;
}

export interface ClosedDecision {
  taskId: string;
  outcome: string;
  reasons: string[];
}

/** A decided case of the sampled kinds goes, at QA_SAMPLE_RATE, to a second review by someone else. */
export async function sampleForQuality(db: Knex, temporal: { client: Client; taskQueue: string } | undefined, rate: number, d: ClosedDecision): Promise<boolean> {
  const task = await db('review_tasks').where({ id: d.taskId }).first('kind', 'subject_id', 'seller_id', 'assignee_id', 'assignee_name');
  if (!task || !isSampledKind(task.kind) || !task.assignee_id || !isSampled(d.taskId, rate)) return false;
  if (!temporal) throw new Error('the worker has no Temporal client to start quality reviews');
  await recordSample(db, { taskId: d.taskId, kind: task.kind, subjectId: task.subject_id, decidedBy: task.assignee_id, decidedByName: task.assignee_name, outcome: d.outcome, reasons: d.reasons });
  try {
    await temporal.client.workflow.start('qualityReview', {
      workflowId: qualityReviewWorkflowId(d.taskId),
      taskQueue: temporal.taskQueue,
      args: [{ originalTaskId: d.taskId, kind: task.kind, subjectId: task.subject_id, sellerId: task.seller_id ?? undefined, originalDecidedBy: task.assignee_id }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return true;
}
