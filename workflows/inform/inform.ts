/**
 * INFORM Act compliance of one high-volume seller, year after year: ask for the data and the
 * certification (10 days), then a notice (10 more days), then a suspension proposed to a reviewer on
 * the law's ground. Certified: verified, and asked again a year later (continue-as-new, so the
 * history stays small however long the seller sells).
 */
import { ParentClosePolicy, condition, continueAsNew, getExternalWorkflowHandle, patched, setHandler, sleep, startChild } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { INFORM } from '../../domain/inform/inform';
import type { EventType } from '../../domain/notifications/notifications';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { notifications, records } from '../shared/activities';
import { cancelEnforcementSignal } from '../enforcement/messages';
import { informCertifiedSignal } from './messages';
import { enforcementAction } from '../enforcement/enforcement';

const DAY = 86_400_000;

export interface InformInput {
  sellerId: string;
  crossedOn: string;
  round?: number;
}

export async function informCompliance({ sellerId, crossedOn, round = 1 }: InformInput): Promise<void> {
  let certifiedAt: string | undefined;
  let certifying = false;
  setHandler(informCertifiedSignal, async (c) => {
    if (certifying) return; // the first certification counts
    certifying = true;
    // Recorded (one writer: this workflow's activity) before the process counts it as certified.
    if (c.certification && c.actor && patched('inform-certification-recorded-by-workflow')) {
      await records.recordInformCertification({ sellerId, certification: c.certification, actor: c.actor, requestId: c.requestId });
    }
    certifiedAt = c.certifiedAt;
  });
  const certified = () => certifiedAt !== undefined;
  const notify = (type: EventType, data: Record<string, unknown>) => notifications.publishEvent({ eventId: newWorkflowId('event'), type, sellerId, data: { round, ...data } });
  const step = async (status: string, days: number) => {
    const missing = await records.informMissing({ sellerId });
    const dueAt = new Date(Date.now() + days * DAY).toISOString();
    await records.setInformStatus({ sellerId, status, crossedOn, missing, dueAt });
    return { missing, dueAt };
  };

  const asked = await step(round === 1 ? 'collecting' : 'recertifying', INFORM.collectWithinDays);
  await notify('inform.data_requested', asked);
  if (!(await condition(certified, INFORM.collectWithinDays * DAY))) {
    const noticed = await step('noticed', INFORM.suspendAfterNoticeDays);
    await notify('inform.suspension_notice', noticed);
    if (!(await condition(certified, INFORM.suspendAfterNoticeDays * DAY))) {
      const { enforcementId } = await records.proposeInformSuspension({ sellerId, missing: noticed.missing, round });
      await startChild(enforcementAction, { workflowId: enforcementWorkflowId(enforcementId), args: [{ enforcementId, sellerId }], parentClosePolicy: ParentClosePolicy.ABANDON });
      await step('suspension_proposed', 0);
      // Certifying late still counts: a suspension not yet in effect is called off.
      await condition(certified);
      await getExternalWorkflowHandle(enforcementWorkflowId(enforcementId))
        .signal(cancelEnforcementSignal, { reason: 'inform_certified' })
        .catch(() => undefined);
    }
  }
  await records.setInformStatus({ sellerId, status: 'verified', crossedOn, missing: [], dueAt: new Date(Date.now() + INFORM.recertifyEveryDays * DAY).toISOString(), certifiedAt });
  await sleep(INFORM.recertifyEveryDays * DAY);
  await continueAsNew<typeof informCompliance>({ sellerId, crossedOn, round: round + 1 });
}
