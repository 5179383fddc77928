/**
 * Governance figures for managers and regulators: GET /v1/governance/metrics over a range (with a
 * series per day, week or month for the dashboard's charts), and the half-yearly figures a DSA
 * Art. 24 transparency report needs. Counted in Postgres; every answer says what it covers.
 */
import { Router } from 'express';
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
import { halfYear, metricsQuerySchema, transparencyPeriodSchema } from '../../domain/governance/governance';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { parseOrThrow } from '../shared/problem';

export function governanceRouter({ db }: ApiDeps): Router {
  const router = Router();

  router.get('/metrics', requirePermission('governance:read'), async (req, res) => {
    const q = parseOrThrow(metricsQuerySchema, req.query, 'query');
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
    res.json({
      object: 'governance_metrics',
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
    });
  });

  router.get('/transparency-report', requirePermission('governance:read'), async (req, res) => {
    const { period } = parseOrThrow(transparencyPeriodSchema, req.query, 'query');
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
    res.json({
      object: 'transparency_report',
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
    });
  });
  return router;
}
