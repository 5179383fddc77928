/**
 * The events Sellergate tells the outside about, and the emails some of them send. Webhook bodies
 * carry IDs and statuses only; emails go to the business address the seller gave, or to the
 * reviewers' list for reviewer events. Type-only imports: the workflow names events from here.
 */
export const eventTypes = [
  'application.approved',
  'application.rejected',
  'application.withdrawn',
  'application.expired',
  'application.information_requested',
  'application.information_reminder',
  'review_task.sla_breached',
  'enforcement.notice',
  'enforcement.active',
  'enforcement.cancelled',
  'enforcement.ended',
  'enforcement.reversed',
  'appeal.received',
  'appeal.decided',
  'inform.data_requested',
  'inform.suspension_notice',
  'inform.verification_failed',
  'seller.information_requested',
  'inquiry.order_received',
  'blocking_report.due_soon',
  'blocking_report.overdue',
  'listing.action',
  'dispute.opened',
  'dispute.escalated',
  'dispute.resolved',
  'dispute.appealed',
] as const;
export type EventType = (typeof eventTypes)[number];

export interface EventInput {
  eventId: string;
  type: EventType;
  /** Absent for events about the seller rather than one application (enforcement, appeals). */
  applicationId?: string;
  sellerId: string;
  data: Record<string, unknown>;
}

export interface Email {
  subject: string;
  text: string;
}

export type Audience = 'seller' | 'reviewers';

/** Emails per event: who receives it and what it says. Events without an entry are webhook-only. */
export const emailTemplates: Partial<Record<EventType, { audience: Audience; render: (e: EventInput, legalName: string) => Email }>> = {
  'application.approved': {
    audience: 'seller',
    render: (e, name) => ({ subject: `${name}: your seller application is approved`, text: `Your application ${e.applicationId} is approved. You can start selling.` }),
  },
  'application.rejected': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: your seller application was not approved`,
      text: `Your application ${e.applicationId} was not approved (${String(e.data.rejectType ?? '')}). Reasons: ${(e.data.reasons as string[] | undefined)?.join(', ') ?? ''}. You may appeal this decision.`,
    }),
  },
  'application.information_requested': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: we need more information`,
      text: `To continue with application ${e.applicationId}, please provide: ${(e.data.items as string[]).join(', ')} by ${String(e.data.dueAt)}.\n${String(e.data.message ?? '')}`,
    }),
  },
  'application.information_reminder': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: reminder, information needed by ${String(e.data.dueAt)}`,
      text: `Application ${e.applicationId} still needs: ${(e.data.items as string[]).join(', ')}.`,
    }),
  },
  'application.expired': {
    audience: 'seller',
    render: (e, name) => ({ subject: `${name}: your seller application has expired`, text: `Application ${e.applicationId} expired because the requested information did not arrive in time.` }),
  },
  'listing.action': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: action on your listing ${String(e.data.listingId)}`,
      text: `Following a notice, we took this action on your listing ${String(e.data.listingId)}: ${String(e.data.action).replace(/_/g, ' ')}. The statement of reasons is enforcement ${String(e.data.enforcementId)} in your account, with how to appeal it.`,
    }),
  },
  'enforcement.notice': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: an enforcement action (${String(e.data.type)}) takes effect on ${String(e.data.effectiveAt)}`,
      text: `Action ${String(e.data.enforcementId)}: ${String(e.data.type)}.\nWhy: ${(e.data.facts as string[]).join(' ')}\nGround: ${(e.data.grounds as string[]).join('; ')}.\nYou can fix the cause or appeal before it takes effect.`,
    }),
  },
  'enforcement.active': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: enforcement action ${String(e.data.enforcementId)} (${String(e.data.type)}) is in effect`,
      text: `The statement of reasons is available through the marketplace. You may appeal until ${String(e.data.appealableUntil)}.`,
    }),
  },
  'appeal.decided': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: your appeal ${String(e.data.appealId)} is decided: ${String(e.data.outcome)}`,
      text: [
        `Outcome: ${String(e.data.outcome)}. Reasons: ${(e.data.reasons as string[]).join(', ')}.`,
        String(e.data.note ?? ''),
        ...(e.data.redress ? [(e.data.redress as { outOfCourt: string }).outOfCourt, (e.data.redress as { judicial: string }).judicial] : []),
      ].join('\n'),
    }),
  },
  'inform.data_requested': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: please confirm your seller information (INFORM Consumers Act) by ${String(e.data.dueAt)}`,
      text: `As a high-volume seller you must certify your bank account, tax ID, email and phone${(e.data.missing as string[]).length ? `, and give: ${(e.data.missing as string[]).join(', ')}` : ''}.`,
    }),
  },
  'inform.suspension_notice': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: your selling will be suspended unless you certify by ${String(e.data.dueAt)}`,
      text: `The INFORM Consumers Act requires your certification. Still needed: ${(e.data.missing as string[]).join(', ') || 'your certification'}.`,
    }),
  },
  'inform.verification_failed': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: we could not verify your seller information (INFORM Consumers Act); please correct it by ${String(e.data.dueAt)}`,
      text: `These could not be verified: ${(e.data.missing as string[]).join(', ')}. Certify again with the corrected information.`,
    }),
  },
  'inquiry.order_received': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: an authority's order about your account (${String(e.data.legalBasis)})`,
      text:
        e.data.effect === 'information_provided'
          ? `${String(e.data.authority)} ordered information about your account; we provided: ${(e.data.categories as string[]).join(', ')}. Reference ${String(e.data.inquiryId)}.`
          : `${String(e.data.authority)} ordered information about your account; the order was not given effect. Reference ${String(e.data.inquiryId)}.`,
    }),
  },
  'seller.information_requested': {
    audience: 'seller',
    render: (e, name) => ({
      subject: `${name}: an identity document expires on ${String(e.data.dueAt).slice(0, 10)}`,
      text: `Please send a new document through the marketplace before then (request ${String(e.data.requestId)}).`,
    }),
  },
  'blocking_report.due_soon': {
    audience: 'reviewers',
    render: (e) => ({
      subject: `Blocking report ${String(e.data.blockingReportId)} is due in two business days`,
      text: 'A report of blocked property is due with OFAC within 10 business days of the blocking (31 C.F.R. § 501.603); file it and record the filing.',
    }),
  },
  'blocking_report.overdue': {
    audience: 'reviewers',
    render: (e) => ({
      subject: `Blocking report ${String(e.data.blockingReportId)} is overdue`,
      text: 'The 10 business days to report the blocked property to OFAC have passed (31 C.F.R. § 501.603). File it now and record the filing.',
    }),
  },
  'review_task.sla_breached': {
    audience: 'reviewers',
    render: (e) => ({
      subject: `Review task ${String(e.data.reviewTaskId)} is past its SLA`,
      text: `The review ${e.applicationId ? `of application ${e.applicationId} ` : ''}is past its SLA and has been escalated.`,
    }),
  },
};
