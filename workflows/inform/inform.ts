/**
 * INFORM Act compliance of one high-volume seller, year after year: ask for the data and the
 * certification (10 days), then a notice (10 more days), then a suspension proposed to a reviewer on
 * the law's ground. A certification counts once its data are verified through the providers (within
 * the law's 10 days: at once); one that fails verification is asked for again under the same
 * deadline. A seller who complies after the suspension was proposed has it called off, or lifted
 * and is reinstated if it is already in effect. Then asked again a year later (continue-as-new, so
 * the history stays small however long the seller sells).
 */
import { ParentClosePolicy, condition, continueAsNew, getExternalWorkflowHandle, patched, setHandler, sleep, startChild } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import { INFORM } from '../../domain/inform/inform';
import type { EventType } from '../../domain/notifications/notifications';
import { enforcementWorkflowId } from '../../temporal/workflow-ids';
import { notifications, providers, records } from '../shared/activities';
import { cancelEnforcementSignal } from '../enforcement/messages';
import { informCertifiedSignal } from './messages';
import { enforcementAction } from '../enforcement/enforcement';

const DAY = 86_400_000;

export interface InformInput {
  sellerId: string;
  crossedOn: string;
  round?: number;
  /** The highest 12-month revenue when the cycle found the seller (the $20,000 disclosure). */
  peakRevenueUsd?: number;
}

export async function informCompliance({ sellerId, crossedOn, round = 1, peakRevenueUsd }: InformInput): Promise<void> {
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
  let first = true;
  const step = async (status: string, days: number) => {
    const missing = await records.informMissing({ sellerId });
    const dueAt = new Date(Date.now() + days * DAY).toISOString();
    await records.setInformStatus({ sellerId, status, crossedOn, missing, dueAt, ...(first && peakRevenueUsd !== undefined ? { peakRevenueUsd } : {}) });
    first = false;
    return { missing, dueAt };
  };
  let verifications = 0;
  /** The certification's data, verified; a failure is told to the seller, who must certify again. */
  const verified = async (dueAt: number | undefined): Promise<boolean> => {
    if (!patched('inform-verification')) return true;
    const { failed } = await providers.verifyInformData({ sellerId, attempt: `${round}.${++verifications}` });
    if (failed.length === 0) return true;
    const due = new Date(dueAt ?? Date.now() + INFORM.suspendAfterNoticeDays * DAY).toISOString();
    await records.setInformStatus({ sellerId, status: 'verification_failed', crossedOn, missing: failed, dueAt: due });
    await notify('inform.verification_failed', { missing: failed, dueAt: due });
    certifiedAt = undefined;
    certifying = false;
    return false;
  };
  /** A certification whose data are verified, by the deadline (none: however long it takes). */
  const compliesWithin = async (ms?: number): Promise<boolean> => {
    const deadline = ms === undefined ? undefined : Date.now() + ms;
    for (;;) {
      const arrived = deadline === undefined ? (await condition(certified), true) : await condition(certified, Math.max(1, deadline - Date.now()));
      if (!arrived) return false;
      if (await verified(deadline)) return true;
    }
  };

  const asked = await step(round === 1 ? 'collecting' : 'recertifying', INFORM.collectWithinDays);
  await notify('inform.data_requested', asked);
  if (!(await compliesWithin(INFORM.collectWithinDays * DAY))) {
    const noticed = await step('noticed', INFORM.suspendAfterNoticeDays);
    await notify('inform.suspension_notice', noticed);
    if (!(await compliesWithin(INFORM.suspendAfterNoticeDays * DAY))) {
      const { enforcementId } = await records.proposeInformSuspension({ sellerId, missing: noticed.missing, round });
      await startChild(enforcementAction, { workflowId: enforcementWorkflowId(enforcementId), args: [{ enforcementId, sellerId }], parentClosePolicy: ParentClosePolicy.ABANDON });
      await step('suspension_proposed', 0);
      // Certifying late still counts: a suspension not yet in effect is called off, one in effect lifted.
      await compliesWithin();
      await getExternalWorkflowHandle(enforcementWorkflowId(enforcementId))
        .signal(cancelEnforcementSignal, { reason: 'inform_certified' })
        .catch(() => undefined);
      if (patched('inform-verification')) await records.liftInformSuspension({ enforcementId });
    }
  }
  await records.setInformStatus({ sellerId, status: 'verified', crossedOn, missing: [], dueAt: new Date(Date.now() + INFORM.recertifyEveryDays * DAY).toISOString(), certifiedAt });
  await sleep(INFORM.recertifyEveryDays * DAY);
  await continueAsNew<typeof informCompliance>({ sellerId, crossedOn, round: round + 1 });
}
