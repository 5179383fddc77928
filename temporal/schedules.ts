/**
 * The Temporal Schedules: a performance review every day at 02:00 UTC (after the order systems
 * have sent the previous day), a re-screening every week, and, when the Transparency Database is
 * configured, the submission of its statements every few minutes, and, when the lists are downloaded
 * (SANCTIONS_LIST_URLS), their download. Created when the worker starts, left as
 * they are when they exist (an operator may have paused or changed them in the Temporal UI).
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleOptions as TemporalScheduleOptions } from '@temporalio/client';
import type { Config } from '../config';
import {
  AUDIT_CHECKPOINT_SCHEDULE_ID,
  LIST_DOWNLOAD_SCHEDULE_ID,
  PERFORMANCE_SCHEDULE_ID,
  REGISTRY_MONITORING_SCHEDULE_ID,
  RESCREENING_SCHEDULE_ID,
  TRANSPARENCY_SCHEDULE_ID,
  TRANSPARENCY_SUBMISSION_WORKFLOW_ID,
} from './workflow-ids';

export interface ScheduleOptions {
  /** Set when the Transparency Database is configured: how often its statements are sent. */
  transparencySubmitMinutes?: number;
  /** Set when the lists are downloaded (SANCTIONS_LIST_URLS): how often. */
  sanctionsListDownloadMinutes?: number;
  /** How often the audit trail's chains are checkpointed (AUDIT_CHECKPOINT_MINUTES). */
  auditCheckpointMinutes?: number;
}

export const scheduleOptions = (config: Config): ScheduleOptions => ({
  transparencySubmitMinutes: config.TRANSPARENCY_DATABASE_URL ? config.TRANSPARENCY_DATABASE_SUBMIT_MINUTES : undefined,
  sanctionsListDownloadMinutes: config.sanctionsListDownload ? config.SANCTIONS_LIST_DOWNLOAD_MINUTES : undefined,
  auditCheckpointMinutes: config.AUDIT_CHECKPOINT_MINUTES,
});

export async function ensureSchedules(client: Client, taskQueue: string, options: ScheduleOptions = {}): Promise<void> {
  await ensurePerformanceSchedule(client, taskQueue);
  await ensureRescreeningSchedule(client, taskQueue);
  await ensureRegistryMonitoringSchedule(client, taskQueue);
  if (options.transparencySubmitMinutes) await ensureTransparencySchedule(client, taskQueue, options.transparencySubmitMinutes);
  if (options.sanctionsListDownloadMinutes) await ensureListDownloadSchedule(client, taskQueue, options.sanctionsListDownloadMinutes);
  await ensureAuditCheckpointSchedule(client, taskQueue, options.auditCheckpointMinutes ?? 10);
}

/** The heads of the audit trail's chains signed every few minutes: what ties the chains into one trail. */
export async function ensureAuditCheckpointSchedule(client: Client, taskQueue: string, minutes: number): Promise<void> {
  await createOnce(client, {
    scheduleId: AUDIT_CHECKPOINT_SCHEDULE_ID,
    spec: { intervals: [{ every: `${minutes} minutes` }] },
    action: { type: 'startWorkflow', workflowType: 'auditCheckpoint', workflowId: 'audit-checkpoint:scheduled', taskQueue, args: [] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  });
}

/** The sanctions lists fetched from their publishers every few minutes (OFAC publishes without notice, any day). */
export async function ensureListDownloadSchedule(client: Client, taskQueue: string, minutes: number): Promise<void> {
  await createOnce(client, {
    scheduleId: LIST_DOWNLOAD_SCHEDULE_ID,
    spec: { intervals: [{ every: `${minutes} minutes` }] },
    action: { type: 'startWorkflow', workflowType: 'sanctionsListDownload', workflowId: 'sanctions-list-download:scheduled', taskQueue, args: [] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  });
}

/** The statements of reasons go to the Transparency Database every few minutes ("without undue delay", DSA Art. 24(5)). */
export async function ensureTransparencySchedule(client: Client, taskQueue: string, minutes: number): Promise<void> {
  await createOnce(client, {
    scheduleId: TRANSPARENCY_SCHEDULE_ID,
    spec: { intervals: [{ every: `${minutes} minutes` }] },
    action: { type: 'startWorkflow', workflowType: 'transparencySubmission', workflowId: TRANSPARENCY_SUBMISSION_WORKFLOW_ID, taskQueue, args: [] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  });
}

export async function ensurePerformanceSchedule(client: Client, taskQueue: string): Promise<void> {
  await createOnce(client, {
    scheduleId: PERFORMANCE_SCHEDULE_ID,
    spec: { calendars: [{ hour: 2, minute: 0 }] },
    action: { type: 'startWorkflow', workflowType: 'performanceReview', workflowId: 'performance-review:scheduled', taskQueue, args: [{ trigger: 'schedule' }] },
    // A cycle still running when the next is due: the next one is skipped, never run twice at once.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  });
}

/** Every approved seller and person screened again each Sunday at 03:00 UTC, besides each list change. */
export async function ensureRescreeningSchedule(client: Client, taskQueue: string): Promise<void> {
  await createOnce(client, {
    scheduleId: RESCREENING_SCHEDULE_ID,
    spec: { calendars: [{ dayOfWeek: 'SUNDAY', hour: 3, minute: 0 }] },
    action: { type: 'startWorkflow', workflowType: 'rescreening', workflowId: 'rescreening:scheduled', taskQueue, args: [{ trigger: 'schedule' }] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  });
}

/** Every approved company looked up again in its register each day at 04:00 UTC (after Companies House's overnight updates). */
export async function ensureRegistryMonitoringSchedule(client: Client, taskQueue: string): Promise<void> {
  await createOnce(client, {
    scheduleId: REGISTRY_MONITORING_SCHEDULE_ID,
    spec: { calendars: [{ hour: 4, minute: 0 }] },
    action: { type: 'startWorkflow', workflowType: 'registryMonitoring', workflowId: 'registry-monitoring:scheduled', taskQueue, args: [{ trigger: 'schedule' }] },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  });
}

/** Creates a schedule unless it exists: one an operator changed or paused is left as it is. */
async function createOnce(client: Client, schedule: TemporalScheduleOptions): Promise<void> {
  try {
    await client.schedule.create(schedule);
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
