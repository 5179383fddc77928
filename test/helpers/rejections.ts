/**
 * A rejected application, as appeal tests need one: the register does not know the company, so it
 * goes to review, and reviewers reject it (a final rejection through four eyes) over real HTTP.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from './http';

interface RunningSystem {
  baseUrl: string;
  keys: Record<string, string>;
}

export async function rejectedApplication(system: RunningSystem, { rejectType = 'retry' as 'retry' | 'final', idempotencyKey }: { rejectType?: 'retry' | 'final'; idempotencyKey?: string } = {}) {
  const get = (path: string) => call(system.baseUrl, 'GET', path, { key: system.keys.reviewer });
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', {
    key: system.keys.onboarding_frontend,
    body: ukCompany({ registrationNumber: '00000000' }),
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {},
  });
  const app = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`),
      (r) => r.body?.status === 'in_review',
    )
  ).body;
  const taskId = app.reviewTasks[0].id;
  const reject = { outcome: 'reject', rejectType, reasons: ['business_not_found'], note: 'no such company' };
  const reviewers = rejectType === 'final' ? [system.keys.reviewer, system.keys.senior_reviewer] : [system.keys.reviewer];
  for (const key of reviewers) {
    if ((await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/claim`, { key })).status >= 300) throw new Error('the reviewer could not claim the task');
    if ((await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/decision`, { key, body: reject })).status >= 300) throw new Error('the rejection was refused');
  }
  await waitFor(
    () => get(`/v1/applications/${app.id}`),
    (r) => r.body.status === 'rejected',
  );
  return { applicationId: app.id as string, sellerId: app.sellerId as string };
}
