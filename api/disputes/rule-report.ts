/**
 * GET /v1/dispute-rules/report: how each version of the dispute rules decided, so a policy owner
 * sees whether a change made outcomes better or worse (decided, overturned, time to resolution).
 */
import { z } from 'zod';
import { listDisputeRuleFigures } from '../../db/disputes/rule-report';
import { CURRENT_DISPUTE_RULES, DISPUTE_RULESETS } from '../../domain/disputes/rules';
import { route } from '../shared/route';

const figures = z.object({
  rulesVersion: z.string(),
  ruleId: z.string(),
  decided: z.number().int(),
  automatic: z.number().int(),
  byDeadline: z.number().int(),
  byReviewer: z.number().int(),
  appealed: z.number().int(),
  overturned: z.number().int(),
  overturnRate: z.number().nullable(),
  buyerFavour: z.number().int(),
  sellerFault: z.number().int(),
  medianHoursToResolution: z.number().nullable(),
});

const reportResponse = z.object({
  object: z.literal('dispute_rule_report'),
  currentVersion: z.string(),
  versions: z.array(z.string()),
  rules: z.array(figures),
});

export const disputeRuleReportRoutes = [
  route({
    method: 'get',
    path: '/v1/dispute-rules/report',
    summary: 'Per dispute-rules version and rule: disputes decided, overturned on appeal, median hours to resolution',
    access: { permission: 'disputes:report' },
    query: z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
    responses: { 200: { description: 'the figures', schema: reportResponse } },
    problems: [],
  }).handle(async ({ query }, { db }) => ({
    status: 200,
    body: { object: 'dispute_rule_report' as const, currentVersion: CURRENT_DISPUTE_RULES, versions: Object.keys(DISPUTE_RULESETS), rules: await listDisputeRuleFigures(db, query.from, query.to) },
  })),
];
