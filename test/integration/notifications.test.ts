/**
 * Notifications over the real stack: signed webhooks to a local receiver (which fails the first
 * time), and emails to a local SMTP sink. Each event is delivered once from the receiver's point of
 * view, with the same event ID on the retry, and the delivery log shows the attempts.
 */
import { verify } from '../../domain/shared/webhook-signature';
import { startWebhookReceiver, type ReceivedEvent } from '../helpers/webhook-receiver';
import { call, waitFor } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { startSmtpSink } from '../helpers/smtp-sink';
import { startSystem, type System } from '../helpers/system';

const secret = 'whsec_test_0123456789abcdef';
let system: System;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let webhooks: ReceivedEvent[];

beforeAll(async () => {
  smtp = await startSmtpSink();
  // The first delivery is answered 503, to prove the redelivery.
  receiver = await startWebhookReceiver(secret, { failFirst: 1 });
  webhooks = receiver.received;
  system = await startSystem({
    env: {
      SMTP_URL: smtp.url,
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: secret,
    },
  });
});
afterAll(async () => {
  await system?.stop();
  await smtp?.close();
  await receiver?.close();
});

it('tells the seller of an approval once by email and by a signed webhook retried after a failure', async () => {
  const body = ukCompany();
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
  const applicationId = accepted.body.id;
  const delivered = await waitFor(
    async () => webhooks.filter((w) => w.data.applicationId === applicationId),
    (w) => w.length > 0,
    60_000,
  );
  expect(delivered).toHaveLength(1);
  const [event] = delivered;
  expect(event).toMatchObject({ type: 'application.approved', data: { applicationId, status: 'approved' } });
  expect(event.id).toMatch(/^evt_/);
  expect(event.signature).toEqual({ valid: true });
  // Only IDs and statuses: no name, email or bank detail in a webhook.
  expect(JSON.stringify(event)).not.toMatch(/Acme|acme\.example|GB33/);

  const emails = await waitFor(
    async () => smtp.received.filter((m) => m.eventId === event.id),
    (m) => m.length > 0,
  );
  expect(emails).toHaveLength(1);
  expect(emails[0].to).toEqual([body.business.email]);
  expect(emails[0].subject).toBe('Acme Widgets Ltd: your seller application is approved');
  // The same on a retry, so a copy sent again after a crash is recognised as the same message.
  expect(emails[0].messageId).toBe(`<${event.id}@sellergate.local>`);

  const log = await system.db('deliveries').where({ event_id: event.id }).orderBy('channel');
  expect(log).toEqual([expect.objectContaining({ channel: 'email', status: 'delivered', attempts: 1 }), expect.objectContaining({ channel: 'webhook', status: 'delivered', attempts: 2 })]);
  // Settle: nothing more arrives for this event.
  await new Promise((r) => setTimeout(r, 1000));
  expect(webhooks.filter((w) => w.id === event.id)).toHaveLength(1);
  expect(smtp.received.filter((m) => m.eventId === event.id)).toHaveLength(1);
});

it('rejects a webhook signature that is wrong or too old', () => {
  const now = Math.floor(Date.now() / 1000);
  expect(verify(secret, '{}', undefined, now)).toEqual({ valid: false, reason: 'malformed' });
  expect(verify(secret, '{}', `t=${now},v1=${'0'.repeat(64)}`, now)).toEqual({ valid: false, reason: 'signature_mismatch' });
  expect(verify(secret, '{}', `t=${now - 301},v1=${'0'.repeat(64)}`, now)).toEqual({ valid: false, reason: 'timestamp_outside_tolerance' });
});
