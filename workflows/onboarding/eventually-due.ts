/**
 * What an approved seller still owes from its application (domain/onboarding/eventually-due.ts):
 * asked for at once, with its deadline and a reminder a week before; the answer is recorded by this
 * workflow's activity; left unanswered, the request lapses and joins the seller's investigation.
 */
import { condition, setHandler } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { notifications, records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { answerEventuallyDueUpdate } from './document-renewal-messages';

const DAY = 86_400_000;

export interface EventuallyDueInput {
  requestId: string;
  sellerId: string;
  items: string[];
  dueAt: string;
}

export async function eventuallyDueRequest({ requestId, sellerId, items, dueAt }: EventuallyDueInput): Promise<{ outcome: 'answered' | 'lapsed' }> {
  let answered = false;
  let answering = false;
  setHandler(
    answerEventuallyDueUpdate,
    async (a) => {
      answering = true;
      await records.answerEventuallyDue({ requestId, business: a.business, persons: a.persons, actor: a.actor, apiRequestId: a.apiRequestId });
      answered = true;
      return { status: 'answered' as const };
    },
    { validator: (a) => refuse(a.requestId !== requestId || answering || answered ? 'request_not_open' : undefined) },
  );
  const tell = (reminder: boolean) => notifications.publishEvent({ eventId: newWorkflowId('event'), type: 'seller.information_requested', sellerId, data: { requestId, items, dueAt, reminder } });
  await tell(false);
  const reminderIn = Date.parse(dueAt) - 7 * DAY - Date.now();
  if (reminderIn > 0 && !(await condition(() => answered, reminderIn))) await tell(true);
  if (!(await condition(() => answered, Math.max(1, Date.parse(dueAt) - Date.now())))) {
    if (await records.expireSellerRequest({ requestId })) {
      await records.signalInvestigationFor({ sellerId, signal: { source: 'requirements_lapsed', requestId, items } });
    }
    return { outcome: 'lapsed' };
  }
  return { outcome: 'answered' };
}
