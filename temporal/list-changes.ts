/**
 * Watches the sanctions lists for a new version (an operator replaced a file) and starts the
 * re-screening of the seller base for it, once per version: its workflow ID is the version. Also
 * catches a version that changed while the worker was down, at start-up.
 */
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Db } from '../db/knex';
import { lastScreenedListVersion } from '../db/screening/rescreening';
import type { ScreeningIndex } from '../domain/screening/screening-index';
import { rescreeningWorkflowId } from './workflow-ids';

export interface ListWatch {
  db: Db;
  temporal: Client;
  taskQueue: string;
  index: () => Promise<ScreeningIndex>;
  intervalMs: number;
  onError?: (err: unknown) => void;
}

export function watchSanctionsLists(w: ListWatch): () => void {
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const { version } = await w.index();
      if ((await lastScreenedListVersion(w.db)) === version) return;
      await w.temporal.workflow.start('rescreening', {
        workflowId: rescreeningWorkflowId(version),
        taskQueue: w.taskQueue,
        args: [{ trigger: 'list_change' }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) w.onError?.(err);
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(check, w.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
