/**
 * The time-skipping test server for a workflow test file: started before the file's tests, torn
 * down after, and a worker with mocked activities on a task queue of its own per test.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Activities } from '../../activities';
import { resolveTemporalBinary } from '../../temporal/binaries';
import { activityRequestContext } from '../../temporal/request-context';
import { testEnvironment } from './environment';

export function useTimeSkipping() {
  const holder: { env?: TestWorkflowEnvironment } = {};
  beforeAll(async () => {
    const path = resolveTemporalBinary('test-server');
    holder.env = await TestWorkflowEnvironment.createTimeSkipping(path ? { server: { executable: { type: 'existing-path', path } } } : {});
  });
  afterAll(async () => {
    await holder.env?.teardown();
  });
  return {
    get env(): TestWorkflowEnvironment {
      return holder.env!;
    },
    async withWorker<T>(activities: Partial<Activities>, fn: (taskQueue: string) => Promise<T>): Promise<T> {
      const taskQueue = `wf-${Math.random().toString(36).slice(2)}`;
      // The worker's own activity interceptors, as worker.ts installs them (the bundle has the workflow side).
      const worker = await Worker.create({
        connection: holder.env!.nativeConnection,
        taskQueue,
        activities,
        interceptors: { activity: [activityRequestContext] },
        workflowBundle: { codePath: testEnvironment().workflowBundlePath },
      });
      return worker.runUntil(fn(taskQueue));
    },
    /**
     * Waits until `check` holds, stepping the test server's clock a second at a time (never the wall
     * clock); throws after `limitSeconds` of its time.
     */
    async until(check: () => boolean | Promise<boolean>, limitSeconds = 600): Promise<void> {
      for (let i = 0; i < limitSeconds; i++) {
        if (await check()) return;
        await holder.env!.sleep('1 second');
      }
      if (await check()) return;
      throw new Error(`until: not done within ${limitSeconds} s of the test server's time`);
    },
  };
}
