/**
 * Governance figures for managers and regulators: GET /v1/governance/metrics over a range (with a
 * series per day, week or month for the dashboard's charts), and the half-yearly figures a DSA
 * Art. 24 transparency report needs. Counted in Postgres; every answer says what it covers.
 */
import { z } from 'zod';
import { appendAudit } from '../../db/shared/audit';
import {
  appealFigures,
  complaintBases,
  enforcementFigures,
  governanceSeries,
  inquiryBases,
  inquiryFigures,
  noticeFigures,
  onboardingFigures,
  reviewFigures,
  screeningFigures,
} from '../../db/governance/governance';
import { halfYear, intervals, metricsQuerySchema, transparencyPeriodSchema } from '../../domain/governance/governance';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';
import { timestamp } from '../shared/schemas';

const count = z.number().int();
const counts = z.record(z.string(), count);
const ratio = z.number().nullable().meta({ description: 'a share between 0 and 1; null when there is nothing to divide by' });
const hoursOrNull = z.number().nullable();

const onboardingFigures_ = z.object({
  submitted: count,
  byOutcome: counts,
  timeToDecisionHours: z.object({ p50: hoursOrNull, p90: hoursOrNull }),
  decisions: z.object({ total: count, automated: count, human: count, automatedShare: ratio, confirmedByASecondReviewer: count }),
});
const enforcementFigures_ = z.object({ proposed: count, taken: count, byType: counts, byGround: counts, byStatus: counts, automatedDetection: count, automatedDecision: count });
const appealFigures_ = z.object({
  received: count,
  decided: count,
  byOutcome: z.object({ uphold: count, overturn: count, modify: count }),
  overturnRate: ratio,
  medianHandlingHours: hoursOrNull,
});
const inquiryFigures_ = z.object({ received: count, answered: count, declined: count, actedOnTime: count, onTimeShare: ratio, overdueOpen: count, medianHoursToAct: hoursOrNull });

const metricsResponse = z.object({
  object: z.literal('governance_metrics'),
  from: z.string(),
  to: z.string(),
  interval: z.enum(intervals),
  generatedAt: z.string(),
  applications: onboardingFigures_,
  reviewQueues: z.array(z.object({ queue: z.string(), backlog: count, overdue: count, oldestDueAt: timestamp, decided: count, withinSla: count, slaAttainment: ratio })),
  screening: z.object({ screened: count, withPotentialMatches: count, adjudications: z.object({ falsePositive: count, trueMatch: count, falsePositiveShare: ratio }) }),
  enforcement: enforcementFigures_,
  appeals: appealFigures_,
  inquiries: inquiryFigures_,
  series: z.array(z.object({ bucket: z.string(), submitted: count, approved: count, rejected: count, automatedDecisions: count, enforcementActions: count, appeals: count, slaAttainment: ratio })),
});

// DSA Art. 15 and 24 figures, each group named after the paragraph it answers.
const transparencyReportResponse = z.object({
  object: z.literal('transparency_report'),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  generatedAt: z.string(),
  ordersFromAuthorities: z
    .object({
      received: count,
      byLegalBasis: z.array(z.object({ legalBasis: z.string(), jurisdiction: z.string(), received: count })),
      answered: count,
      declined: count,
      medianHoursToAct: hoursOrNull,
    })
    .meta({ description: 'Art. 15(1)(a): orders from authorities, by legal basis, and the median time to act on them' }),
  notices: z.object({ received: count, byCategory: counts, bySender: counts }).meta({ description: 'Art. 15(1)(b): notices received, by category and sender' }),
  restrictions: z
    .object({ total: count, byType: counts, byGround: counts, suspensions: count })
    .meta({ description: "Art. 15(1)(c), 24(1)(b): restrictions on the platform's own initiative; suspensions counted apart" }),
  complaints: z
    .object({ received: count, byBasis: counts, decided: count, byOutcome: appealFigures_.shape.byOutcome, decisionsReversed: count, medianHandlingHours: hoursOrNull })
    .meta({ description: 'Art. 15(1)(d): the internal complaint-handling system' }),
  outOfCourtDisputes: z.null().meta({ description: 'Art. 24(1)(a): out of court, outside Sellergate; the marketplace adds its own figures' }),
  automatedMeans: z
    .object({ onboardingDecisions: onboardingFigures_.shape.decisions, enforcementDetectedAutomatically: count, enforcementDecidedAutomatically: count, humanReview: z.string() })
    .meta({ description: 'Art. 15(1)(e): the use of automated means' }),
});

export const governanceRoutes = [
  route({
    method: 'get',
    path: '/v1/governance/metrics',
    summary:
      'Governance figures over a range: outcomes, time to decision, automated and human decisions, backlog and SLA attainment by queue, screening, enforcement, appeals, inquiries, and a series for charts',
    access: { permission: 'governance:read' },
    query: metricsQuerySchema,
    responses: { 200: { description: 'the figures', schema: metricsResponse } },
    problems: [],
  }).handle(async ({ query: q }, { db }) => {
    const range = { from: q.from, to: q.to };
    const [applications, reviewQueues, screening, enforcement, appeals, inquiries, series] = await Promise.all([
      onboardingFigures(db, range),
      reviewFigures(db, range),
      screeningFigures(db, range),
      enforcementFigures(db, range),
      appealFigures(db, range),
      inquiryFigures(db, range),
      governanceSeries(db, { ...range, interval: q.interval }),
    ]);
    return {
      status: 200,
      body: {
        object: 'governance_metrics' as const,
        from: q.from,
        to: q.to,
        interval: q.interval,
        generatedAt: new Date().toISOString(),
        applications,
        reviewQueues,
        screening,
        enforcement,
        appeals,
        inquiries,
        series,
      },
    };
  }),

  route({
    method: 'get',
    path: '/v1/governance/transparency-report',
    summary: 'The figures a DSA Art. 24 transparency report needs for a half-year (YYYY-H1 or YYYY-H2)',
    access: { permission: 'governance:read' },
    query: transparencyPeriodSchema,
    responses: { 200: { description: 'the report', schema: transparencyReportResponse } },
    problems: [],
  }).handle(async ({ query: { period }, req }, { db }) => {
    const range = halfYear(period);
    const [applications, enforcement, appeals, bases, inquiries, inquiryByBasis, notices] = await Promise.all([
      onboardingFigures(db, range),
      enforcementFigures(db, range),
      appealFigures(db, range),
      complaintBases(db, range),
      inquiryFigures(db, range),
      inquiryBases(db, range),
      noticeFigures(db, range),
    ]);
    const suspensions = (enforcement.byType.suspension ?? 0) + (enforcement.byType.deactivation ?? 0);
    await appendAudit(db, { actor: actorOf(req), action: 'governance.transparency_report_generated', subjectType: 'transparency_report', subjectId: period, requestId: req.requestId });
    return {
      status: 200,
      body: {
        object: 'transparency_report' as const,
        period,
        from: range.from,
        to: range.to,
        generatedAt: new Date().toISOString(),
        // Art. 15(1)(a): orders from authorities, by legal basis, and the median time to act on them.
        ordersFromAuthorities: { received: inquiries.received, byLegalBasis: inquiryByBasis, answered: inquiries.answered, declined: inquiries.declined, medianHoursToAct: inquiries.medianHoursToAct },
        // Art. 15(1)(b): notices received, by category and sender.
        notices,
        // Art. 15(1)(c) and 24(1)(b): restrictions imposed on the platform's own initiative; suspensions counted apart.
        restrictions: { total: enforcement.taken, byType: enforcement.byType, byGround: enforcement.byGround, suspensions },
        // Art. 15(1)(d): the internal complaint-handling system.
        complaints: {
          received: appeals.received,
          byBasis: bases,
          decided: appeals.decided,
          byOutcome: appeals.byOutcome,
          decisionsReversed: appeals.byOutcome.overturn + appeals.byOutcome.modify,
          medianHandlingHours: appeals.medianHandlingHours,
        },
        // Art. 24(1)(a): out-of-court dispute settlement happens outside Sellergate; the marketplace adds its own figures.
        outOfCourtDisputes: null,
        // Art. 15(1)(e): the use of automated means.
        automatedMeans: {
          onboardingDecisions: applications.decisions,
          enforcementDetectedAutomatically: enforcement.automatedDetection,
          enforcementDecidedAutomatically: enforcement.automatedDecision,
          humanReview: 'Suspensions, deactivations, rejections and appeals are decided by a person; risky approvals by two.',
        },
      },
    };
  }),
];
