/** The application as the API shows it: status, what is due, checks with evidence, risk, decision. */
import type { ApplicationRow, PersonRow } from '../../db/onboarding/applications';
import type { CheckRow } from '../../db/onboarding/checks';
import type { InformationRequestRow } from '../../db/onboarding/information-requests';
import type { ReviewTaskRow } from '../../db/review/review-tasks';
import type { ApplicationSubmission } from '../../domain/onboarding/application';
import { applicationStatuses, checkCodes, checkKinds, checkStatuses, subjectTypes } from '../../domain/onboarding/onboarding';
import { computeRequirements } from '../../domain/onboarding/requirements';
import { onboardingRules } from '../../domain/onboarding/rulesets';
import { identityDocumentTypes } from '../../domain/onboarding/documents';
import type { DocumentRow } from '../../db/onboarding/documents';
import { reviewTaskKinds, reviewTaskStatuses } from '../../domain/review/review';
import { z } from 'zod';
import { jsonObject, timestamp } from '../shared/schemas';

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export const checkResponse = z.object({
  id: z.string(),
  kind: z.enum(checkKinds),
  subject: z.object({ type: z.enum(subjectTypes), id: z.string() }),
  status: z.enum(checkStatuses),
  code: z.enum(checkCodes).nullable(),
  provider: z.string().nullable(),
  evidence: jsonObject.nullable().meta({ description: "What the check saw: the provider's answer, the list version and matches of a screening" }),
  completedAt: timestamp,
});

const riskLevel = z.enum(['low', 'medium', 'high']);

export const reviewTaskResponse = z.object({
  id: z.string(),
  kind: z.enum(reviewTaskKinds),
  applicationId: z.string().nullable(),
  sellerId: z.string().nullable(),
  subjectId: z.string().nullable(),
  caseId: z.string().nullable(),
  queue: z.string(),
  status: z.enum(reviewTaskStatuses),
  priority: z.number(),
  reasons: z.array(z.string()),
  risk: z.object({ level: z.string(), score: z.number().nullable() }).nullable(),
  assignee: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  /** The investigator the case went to on opening, by skill and shift (null: it waits in the queue for anyone). */
  routedTo: z.string().nullable(),
  /** The senior on shift paged when this urgent task passed its SLA. */
  pagedTo: z.string().nullable(),
  firstReview: z
    .object({
      by: z.object({ id: z.string(), name: z.string(), role: z.string() }),
      outcome: z.string(),
      rejectType: z.string().nullable(),
      reasons: z.array(z.string()),
      decidedAt: z.string(),
    })
    .nullable(),
  slaDueAt: timestamp,
  escalatedAt: timestamp,
  claimedAt: timestamp,
  decidedAt: timestamp,
  createdAt: timestamp,
});

export const informationRequestResponse = z.object({
  id: z.string(),
  status: z.string(),
  items: z.array(z.string()),
  reasons: z.array(z.string()),
  message: z.string().nullable(),
  requestedAt: timestamp,
  dueAt: timestamp,
  remindersSent: z.array(z.number()),
  answeredAt: timestamp,
});

export const requirementsResponse = z.object({
  version: z.string(),
  currentlyDue: z.array(z.string()),
  eventuallyDue: z.array(z.string()),
  pastDue: z.array(z.string()),
  pendingVerification: z.array(z.string()),
  errors: z.array(z.object({ code: z.string(), reason: z.string(), requirement: z.string() })),
  currentDeadline: z.string().nullable(),
  disabledReason: z.string().nullable(),
  /** DSA Art. 30: whether it applies (the seller offers to consumers in the EEA) and which of its items are due now; none may be when a reviewer approves. */
  traderTraceability: z.object({ applies: z.boolean(), currentlyDue: z.array(z.string()) }),
  /** The declared persons recorded as beneficial owners: by ownership (25% or more), by control, or, when there is neither, the senior managing official (MLR 2017 reg. 28(6)). */
  beneficialOwners: z.array(z.object({ personId: z.string(), basis: z.enum(['ownership', 'control', 'senior_managing_official']) })),
});

export const applicationResponse = z.object({
  id: z.string(),
  object: z.literal('application'),
  sellerId: z.string(),
  status: z.enum(applicationStatuses),
  country: z.string(),
  /** Where the seller offers to consumers, as submitted; null: its own country only. */
  sellingRegions: z.array(z.string()).nullable(),
  businessType: z.string(),
  requirements: requirementsResponse,
  informationRequest: informationRequestResponse.nullable(),
  checks: z.array(checkResponse),
  risk: z.object({ version: z.string(), score: z.number(), level: riskLevel, contributions: z.array(z.object({ rule: z.string(), points: z.number(), explanation: z.string() })) }).nullable(),
  reviewTasks: z.array(reviewTaskResponse),
  decision: jsonObject.nullable().meta({ description: 'The decision: outcome, reasons, who decided (and who confirmed it, for four eyes), when' }),
  submittedAt: timestamp,
  decidedAt: timestamp,
  updatedAt: timestamp,
});

export function checkView(c: CheckRow): z.input<typeof checkResponse> {
  return {
    id: c.id,
    kind: c.kind,
    subject: { type: c.subject_type, id: c.subject_id },
    status: c.status,
    code: c.code ?? null,
    provider: c.provider,
    evidence: c.evidence,
    completedAt: iso(c.completed_at),
  };
}

export function reviewTaskView(t: ReviewTaskRow): z.input<typeof reviewTaskResponse> {
  return {
    id: t.id,
    kind: t.kind,
    applicationId: t.application_id,
    sellerId: t.seller_id,
    subjectId: t.subject_id,
    // The case the task decides: an appeal's own ID (its subject is the decision appealed), else the subject.
    caseId: t.kind === 'appeal' && t.workflow_id ? t.workflow_id.replace(/^appeal:/, '') : t.kind === 'application' ? t.application_id : t.subject_id,
    queue: t.queue,
    status: t.status,
    priority: t.priority,
    reasons: t.reasons,
    risk: t.risk_level ? { level: t.risk_level, score: t.risk_score ?? null } : null,
    assignee: t.assignee_id ? { id: t.assignee_id, name: t.assignee_name } : null,
    routedTo: t.routed_to ?? null,
    pagedTo: t.paged_to ?? null,
    // Four eyes: who decided first and what waits for the second reviewer.
    firstReview: t.first_review
      ? {
          by: { id: t.first_review.actor.id, name: t.first_review.actor.name, role: t.first_review.actor.role },
          outcome: t.first_review.decision.outcome,
          rejectType: t.first_review.decision.rejectType ?? null,
          reasons: t.first_review.decision.reasons,
          decidedAt: t.first_review.decidedAt,
        }
      : null,
    slaDueAt: iso(t.sla_due_at),
    escalatedAt: iso(t.escalated_at),
    claimedAt: iso(t.claimed_at),
    decidedAt: iso(t.decided_at),
    createdAt: iso(t.created_at),
  };
}

export function informationRequestView(r: InformationRequestRow): z.input<typeof informationRequestResponse> {
  return {
    id: r.id,
    status: r.status,
    items: r.items,
    reasons: r.reasons,
    message: r.message,
    requestedAt: iso(r.requested_at),
    dueAt: iso(r.due_at),
    remindersSent: r.reminders_sent,
    answeredAt: iso(r.answered_at),
  };
}

type UploadedDocument = Pick<DocumentRow, 'type' | 'person_id'> & { erased_at?: Date | null };

/** An application's requirements now, under the rules it was submitted with. */
export function requirementsFor(app: ApplicationRow, persons: PersonRow[], checks: CheckRow[], request?: InformationRequestRow, documents: UploadedDocument[] = []) {
  const open = request?.status === 'open' ? { items: request.items, dueAt: iso(request.due_at)! } : undefined;
  const rules = onboardingRules(app.rules_version ?? undefined);
  return computeRequirements({
    status: app.status,
    traderRules: rules.traderRules,
    ownershipRules: rules.ownershipRules,
    facts: {
      country: app.country,
      sellingRegions: app.selling_regions,
      identityDocumentCopies: documents.filter((d) => d.person_id && !d.erased_at && identityDocumentTypes.includes(d.type)).map((d) => d.person_id!),
      businessType: app.business_type as ApplicationSubmission['businessType'],
      business: app.business,
      persons: persons.map((p) => ({ ...(p.details as ApplicationSubmission['persons'][number]), id: p.id })),
    },
    checks: checks.map((c) => ({ kind: c.kind, subjectType: c.subject_type, subjectId: c.subject_id, status: c.status, code: c.code })),
    submittedAt: new Date(app.submitted_at).toISOString(),
    now: new Date().toISOString(),
    informationRequest: open,
  });
}

export function applicationView(
  app: ApplicationRow,
  persons: PersonRow[],
  checks: CheckRow[],
  tasks: ReviewTaskRow[],
  request?: InformationRequestRow,
  documents: UploadedDocument[] = [],
): z.input<typeof applicationResponse> {
  return {
    id: app.id,
    object: 'application' as const,
    sellerId: app.seller_id,
    status: app.status,
    country: app.country,
    sellingRegions: app.selling_regions ?? null,
    businessType: app.business_type,
    requirements: requirementsFor(app, persons, checks, request, documents),
    informationRequest: request ? informationRequestView(request) : null,
    checks: checks.map(checkView),
    risk: app.risk,
    reviewTasks: tasks.map(reviewTaskView),
    decision: app.decision,
    submittedAt: iso(app.submitted_at),
    decidedAt: iso(app.decided_at),
    updatedAt: iso(app.updated_at),
  };
}
