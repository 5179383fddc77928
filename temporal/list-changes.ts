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
  let reported: string | undefined;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      const index = await w.index();
      const { version } = index;
      // A replaced file that did not load: the last good version stays in use; said once per failure.
      if (index.reloadFailure && index.reloadFailure.at !== reported) {
        reported = index.reloadFailure.at;
        w.onError?.(new Error(`a sanctions list file was replaced but does not load; still screening against ${version}: ${index.reloadFailure.error}`));
      }
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
