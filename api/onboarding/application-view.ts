/** The application as the API shows it: status, what is due, checks with evidence, risk, decision. */
import type { ApplicationRow, PersonRow } from '../../db/onboarding/applications';
import type { CheckRow } from '../../db/onboarding/checks';
import type { InformationRequestRow } from '../../db/onboarding/information-requests';
import type { ReviewTaskRow } from '../../db/review/review-tasks';
import type { ApplicationSubmission } from '../../domain/onboarding/application';
import { computeRequirements } from '../../domain/onboarding/requirements';

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export function checkView(c: CheckRow) {
  return {
    id: c.id,
    kind: c.kind,
    subject: { type: c.subject_type, id: c.subject_id },
    status: c.status,
    code: c.code,
    provider: c.provider,
    evidence: c.evidence,
    completedAt: iso(c.completed_at),
  };
}

export function reviewTaskView(t: ReviewTaskRow) {
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

export function informationRequestView(r: InformationRequestRow) {
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

export function applicationView(app: ApplicationRow, persons: PersonRow[], checks: CheckRow[], tasks: ReviewTaskRow[], request?: InformationRequestRow) {
  const open = request?.status === 'open' ? { items: request.items, dueAt: iso(request.due_at)! } : undefined;
  return {
    id: app.id,
    object: 'application',
    sellerId: app.seller_id,
    status: app.status,
    country: app.country,
    businessType: app.business_type,
    requirements: computeRequirements({
      status: app.status,
      facts: {
        country: app.country,
        businessType: app.business_type as ApplicationSubmission['businessType'],
        business: app.business,
        persons: persons.map((p) => ({ ...(p.details as ApplicationSubmission['persons'][number]), id: p.id })),
      },
      checks: checks.map((c) => ({ kind: c.kind, subjectType: c.subject_type, subjectId: c.subject_id, status: c.status, code: c.code })),
      submittedAt: new Date(app.submitted_at).toISOString(),
      now: new Date().toISOString(),
      informationRequest: open,
    }),
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
