/** A review task whose SLA passes is escalated in the real database (an SLA of two seconds here). */
import { call, waitFor } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem({ env: { REVIEW_SLA_HOURS: String(2 / 3600) } });
});
afterAll(async () => {
  await system?.stop();
});

it('raises a breached task to the top of the queue once, with the time and an audit event', async () => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany({ registrationNumber: '00000000' }) });
  const app = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body?.status === 'in_review',
  );
  const taskId = app.body.reviewTasks[0].id;
  expect(app.body.reviewTasks[0]).toMatchObject({ priority: 2, escalatedAt: null });

  const escalated = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/review-tasks/${taskId}`, { key: system.keys.reviewer }),
    (r) => r.body?.escalatedAt !== null,
    30_000,
  );
  expect(escalated.body).toMatchObject({ priority: 0, status: 'open' });
  expect(new Date(escalated.body.escalatedAt).getTime()).toBeGreaterThanOrEqual(new Date(escalated.body.slaDueAt).getTime() - 1000);
  const events = await system.db('audit_events').where({ subject_id: taskId, action: 'review_task.sla_breached' });
  expect(events).toHaveLength(1);
});
