/**
 * Telling the outside: each event is recorded once, then delivered on every configured channel. A
 * channel that fails makes the activity fail, and Temporal retries it with backoff; a channel that
 * already delivered is skipped on the retry. Webhooks carry the same event ID on every attempt, and
 * emails the same Message-ID, so the receiver sees each event once however often it is sent.
 */
import { Context } from '@temporalio/activity';
import { findApplication, latestApplicationOfSeller } from '../../db/onboarding/applications';
import { beginDelivery, finishDelivery, recordEvent, type Channel, type EventRow } from '../../db/notifications/events';
import { emailTemplates, type EventInput } from '../../domain/notifications/notifications';
import { sign, SIGNATURE_HEADER } from '../../domain/shared/webhook-signature';
import type { ActivityDeps } from '../shared/deps';
import { callSignal } from '../../providers/http/call-signal';

export function webhookBody(event: EventRow): string {
  return JSON.stringify({
    id: event.id,
    object: 'event',
    type: event.type,
    created: Math.floor(new Date(event.created_at).getTime() / 1000),
    data: { applicationId: event.application_id, sellerId: event.seller_id, ...event.data },
  });
}

/**
 * The Message-ID of an event's email, the same on every attempt. SMTP cannot be exactly once: a
 * worker killed after the server accepted the message but before the delivery was recorded sends it
 * again on the retry. The second copy carries the same Message-ID (RFC 5322 section 3.6.4: a unique
 * identifier of the message), so mail stores and clients that deduplicate on it show one message.
 */
export function messageIdOf(eventId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'sellergate.invalid';
  return `<${eventId}@${domain}>`;
}

/**
 * Until when a sent delivery may wait for the database to record it: a little before this attempt's
 * start-to-close limit, so the attempt ends on its own terms rather than being timed out (then the
 * retry would find the delivery unrecorded and send again). Outside an activity, 20 seconds.
 */
function recordDeadline(): number {
  try {
    const { currentAttemptScheduledTimestampMs, startToCloseTimeoutMs } = Context.current().info;
    return currentAttemptScheduledTimestampMs + startToCloseTimeoutMs - 3000;
  } catch {
    return Date.now() + 20_000;
  }
}

async function persist(write: () => Promise<void>): Promise<void> {
  const deadline = recordDeadline();
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await write();
    } catch (err) {
      if (Date.now() + delay > deadline) throw err;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export function createNotificationActivities({ db, notifications }: ActivityDeps) {
  async function deliver(event: EventRow, channel: Channel, send: () => Promise<void>): Promise<string | undefined> {
    if (!(await beginDelivery(db, event.id, channel))) return undefined;
    try {
      await send();
    } catch (err) {
      const message = `${channel}: ${(err as Error).message}`;
      await finishDelivery(db, event.id, channel, message).catch(() => undefined);
      return message;
    }
    // Sent: what matters now is remembering it, or a retry of the activity would send it again.
    // A database that is briefly away is waited for here, within the attempt's time limit.
    await persist(() => finishDelivery(db, event.id, channel));
    return undefined;
  }

  return {
    async publishEvent(input: EventInput): Promise<void> {
      const event = await recordEvent(db, input);
      const failures: string[] = [];
      const { webhook, mailer } = notifications;
      if (webhook) {
        const failure = await deliver(event, 'webhook', async () => {
          const body = webhookBody(event);
          const res = await fetch(webhook.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(webhook.secret, body, Math.floor(Date.now() / 1000)) },
            body,
            signal: callSignal(10_000),
          });
          if (!res.ok) throw new Error(`receiver answered ${res.status}`);
        });
        if (failure) failures.push(failure);
      }
      const template = emailTemplates[input.type];
      if (template && mailer) {
        const app = input.applicationId ? await findApplication(db, input.applicationId) : await latestApplicationOfSeller(db, input.sellerId);
        const to = template.audience === 'seller' ? [String(app?.business.email ?? '')].filter(Boolean) : notifications.reviewerEmails;
        if (to.length > 0) {
          const email = template.render(input, String(app?.business.legalName ?? ''));
          const failure = await deliver(event, 'email', async () => {
            await mailer.sendMail({
              from: notifications.emailFrom,
              to,
              subject: email.subject,
              text: email.text,
              messageId: messageIdOf(event.id, notifications.emailFrom),
              headers: { 'X-Sellergate-Event': event.id },
            });
          });
          if (failure) failures.push(failure);
        }
      }
      if (failures.length > 0) throw new Error(`delivery failed: ${failures.join('; ')}`);
    },
  };
}
