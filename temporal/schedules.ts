/**
 * The Temporal Schedules: a performance review every day at 02:00 UTC (after the order systems
 * have sent the previous day) and a re-screening every week. Created when the worker starts, left as
 * they are when they exist (an operator may have paused or changed them in the Temporal UI).
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { PERFORMANCE_SCHEDULE_ID, RESCREENING_SCHEDULE_ID } from './workflow-ids';

export async function ensureSchedules(client: Client, taskQueue: string): Promise<void> {
  await ensurePerformanceSchedule(client, taskQueue);
  await ensureRescreeningSchedule(client, taskQueue);
}

export async function ensurePerformanceSchedule(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: PERFORMANCE_SCHEDULE_ID,
      spec: { calendars: [{ hour: 2, minute: 0 }] },
      action: { type: 'startWorkflow', workflowType: 'performanceReview', workflowId: 'performance-review:scheduled', taskQueue, args: [{ trigger: 'schedule' }] },
      // A cycle still running when the next is due: the next one is skipped, never run twice at once.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}

/** Every approved seller and person screened again each Sunday at 03:00 UTC, besides each list change. */
export async function ensureRescreeningSchedule(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: RESCREENING_SCHEDULE_ID,
      spec: { calendars: [{ dayOfWeek: 'SUNDAY', hour: 3, minute: 0 }] },
      action: { type: 'startWorkflow', workflowType: 'rescreening', workflowId: 'rescreening:scheduled', taskQueue, args: [{ trigger: 'schedule' }] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
}
