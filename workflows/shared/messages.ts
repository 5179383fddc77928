/** Messages every process that records its own filing answers (appeal, inquiry). */
import { defineUpdate } from '@temporalio/workflow';

/**
 * Completes once the process has recorded what it was started with. The API sends it with the
 * start (update-with-start), so its 202 comes after the record exists and the caller's next read
 * finds it, though the record is written by the workflow's activity alone.
 */
export const recordedUpdate = defineUpdate<void, []>('recorded');
