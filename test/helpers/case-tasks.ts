/** A case's review task as a reviewer finds it in the queue, claims it and decides it, over HTTP. */
import { call, waitFor } from './http';

export function caseTasks(baseUrl: () => string) {
  const get = (path: string, key: string) => call(baseUrl(), 'GET', path, { key });
  const post = (path: string, key: string, body: unknown = {}) => call(baseUrl(), 'POST', path, { key, body });
  return {
    /** The open task of `kind` whose subject (the case) is `subjectId`, once it is in the queue. */
    async openTaskOf(kind: string, subjectId: string, key: string) {
      const page = await waitFor(
        () => get(`/v1/review-tasks?kind=${kind}&status=open`, key),
        (r) => r.body.data.some((t: any) => t.subjectId === subjectId),
      );
      return page.body.data.find((t: any) => t.subjectId === subjectId);
    },
    /** Claims (the task is in the queue a moment before its workflow takes claims) and decides; answers the decision's reply. */
    async claimAndDecide(taskId: string, key: string, decision: unknown) {
      await waitFor(
        () => post(`/v1/review-tasks/${taskId}/claim`, key),
        (r) => r.status === 200,
      );
      return post(`/v1/review-tasks/${taskId}/decision`, key, decision);
    },
  };
}
