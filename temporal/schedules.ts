/**
 * The Temporal Schedule that runs a performance review every day at 02:00 UTC (after the order
 * systems have sent the previous day). Created when the worker starts, left as it is when it exists
 * (an operator may have paused or changed it in the Temporal UI).
 */
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { PERFORMANCE_SCHEDULE_ID } from './workflow-ids';

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
