/**
 * What the notifier is told, by email to the address in the notice (none for an anonymous notice
 * of child sexual abuse material): the receipt (Art. 16(4)), the decision with the redress open
 * against it (Art. 16(5)), and the measures of Art. 23(2). Each message is sent once per notice and
 * kind; its Message-ID derives from them, so a retry after a lost acknowledgement is one message.
 */
import { findNotice, findNoticeDetails, claimNotifierMessage, markNotifierMessageSent } from '../../db/notices/notices';
import { NOTIFIER_REDRESS, type NotifierMessageKind } from '../../domain/notices/notices';
import { messageIdOf } from '../notifications/notifications';
import type { ActivityDeps } from '../shared/deps';

export interface NotifierMessage {
  noticeId: string;
  kind: NotifierMessageKind;
  /** For a decision: outcome and reasons; for a measure or a notice set aside: until when. */
  outcome?: string;
  reasons?: string[];
  until?: string;
}

function render(m: NotifierMessage, category: string): { subject: string; text: string } {
  const ref = `Your notice ${m.noticeId} (${category.replace(/_/g, ' ')})`;
  switch (m.kind) {
    case 'receipt':
      return { subject: `We received your notice ${m.noticeId}`, text: `${ref} was received. We will decide on it without undue delay and tell you the outcome.` };
    case 'decision':
      return {
        subject: `Decision on your notice ${m.noticeId}`,
        text: [
          `${ref}: ${m.outcome === 'action' ? 'we acted on the content you reported' : 'we did not act on the content you reported'}.`,
          `Reasons: ${(m.reasons ?? []).join(', ')}.`,
          'No automated means decided this notice.',
          'You can seek redress:',
          ...NOTIFIER_REDRESS.map((r) => `- ${r}`),
        ].join('\n'),
      };
    case 'set_aside':
      return {
        subject: `Your notice ${m.noticeId} was not processed`,
        text: `${ref} was set aside: the processing of your notices is suspended until ${m.until} (DSA Art. 23(2)), after a prior warning.`,
      };
    case 'misuse_warning':
      return {
        subject: 'Warning: manifestly unfounded notices',
        text: `${ref} was manifestly unfounded, like several of your recent notices. This is the prior warning of DSA Art. 23(2): if this continues, your notices will not be processed for a period.`,
      };
    case 'misuse_suspension':
      return {
        subject: 'Your notices are suspended',
        text: `After a prior warning, your notices were again frequently manifestly unfounded. Until ${m.until} your notices will not be processed (DSA Art. 23(2)).`,
      };
  }
}

export function createNotifierMessages({ db, notifications }: ActivityDeps) {
  return {
    /** False when there is no one to tell (no email, or no mail server configured). */
    async sendNotifierMessage(m: NotifierMessage): Promise<boolean> {
      const notice = await findNotice(db, m.noticeId);
      const to = notice ? findNoticeDetails(notice).notifier?.email : undefined;
      if (!notice || !to || !notifications.mailer) return false;
      if (!(await claimNotifierMessage(db, m.noticeId, m.kind))) return true;
      const email = render(m, notice.category);
      await notifications.mailer.sendMail({
        from: notifications.emailFrom,
        to,
        subject: email.subject,
        text: email.text,
        messageId: messageIdOf(`${m.noticeId}.${m.kind}`, notifications.emailFrom),
      });
      await markNotifierMessageSent(db, m.noticeId, m.kind);
      return true;
    },
  };
}
