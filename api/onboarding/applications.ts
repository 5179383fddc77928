/**
 * Applications: submit (starts the onboarding workflow, idempotently) and read. The API writes no
 * business record itself: the workflow's activities do.
 */
import { createHash } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { z } from 'zod';
import { findApplicationRecord } from '../../db/onboarding/application-record';
import { listDocuments } from '../../db/onboarding/documents';
import { reserveIdempotencyKey } from '../../db/shared/idempotency';
import { applicationSubmissionSchema } from '../../domain/onboarding/application';
import { implausibilities } from '../../domain/onboarding/plausibility';
import { informationAnswerSchema } from '../../domain/onboarding/information-answer';
import { applicationStatuses, type OnboardingInput } from '../../domain/onboarding/onboarding';
import { CURRENT_ONBOARDING_RULES } from '../../domain/onboarding/rulesets';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { derivedId, hasPrefix, newId } from '../../domain/shared/ids';
import { SellerIdAttribute } from '../../temporal/search-attributes';
import { onboardingWorkflowId } from '../../temporal/workflow-ids';
import { onboardingStateQuery, provideInformationUpdate, withdrawApplicationUpdate } from '../../workflows/onboarding/messages';
import { actorOf, seesClient } from '../access/auth';
import { invalidFields, notFound, Problem } from '../shared/problem';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { idempotencyKeyHeader, idParam } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';
import { applicationResponse, applicationView, checkResponse } from './application-view';
import { documentResponse, documentView, visibleApplication } from './documents';

const accepted = z.object({ id: z.string(), object: z.literal('application'), sellerId: z.string(), status: z.enum(applicationStatuses) });
const statusOnly = z.object({ id: z.string(), object: z.literal('application'), status: z.enum(applicationStatuses) });
const withdrawSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000).optional() });

/** What the idempotency record compares: the same key with another body is refused. */
const requestHash = (body: unknown) =>
  createHash('sha256')
    .update(`POST /v1/applications\n${canonicalJson(body)}`)
    .digest('hex');

export const applicationRoutes = [
  route({
    method: 'post',
    path: '/v1/applications',
    summary: 'Submit a seller application',
    description: 'Starts the onboarding workflow. The same Idempotency-Key with the same body answers the first answer again (Idempotent-Replayed: true).',
    access: { permission: 'applications:create' },
    headers: idempotencyKeyHeader,
    body: { json: applicationSubmissionSchema },
    responses: { 202: { description: 'accepted; verifying', schema: accepted, headers: { Location: 'the application' } } },
    problems: ['idempotency_key_reused', 'temporal_unavailable'],
  }).handle(async ({ body: submission, headers, req, res }, { db, temporal, config }) => {
    const now = new Date().toISOString();
    const implausible = implausibilities(submission, now.slice(0, 10), now);
    if (implausible.length > 0) throw invalidFields(implausible);
    const key = headers['Idempotency-Key'];
    const apiKey = req.apiKey!;

    let applicationId = newId('application');
    if (key !== undefined) {
      const hash = requestHash(req.body);
      const record = await reserveIdempotencyKey(db, apiKey.id, key, hash, applicationId);
      if (record.requestHash !== hash) throw new Problem('idempotency_key_reused', 'This Idempotency-Key was used with a different request body');
      // A retry lands on the reserved ID, and so on the same workflow: started again if the first start
      // failed, found as it is otherwise. Its answer is the first one, which follows from the ID and the body.
      applicationId = record.resourceId;
      if (!record.reserved) res.set('Idempotent-Replayed', 'true');
    }

    // The same marketplace reference from the same client is the same seller (a second application).
    const sellerId = derivedId('seller', apiKey.clientId, submission.externalRef);
    const input: OnboardingInput = {
      applicationId,
      sellerId,
      submittedAt: now,
      submittedBy: actorOf(req),
      clientId: apiKey.clientId,
      requestId: req.requestId,
      personIds: submission.persons.map(() => newId('person')),
      bankAccountId: newId('bankAccount'),
      submission,
      rulesVersion: CURRENT_ONBOARDING_RULES,
    };
    await callWorkflow(temporal, async () => {
      try {
        await temporal.workflow.start('onboarding', {
          workflowId: onboardingWorkflowId(applicationId),
          taskQueue: config.TEMPORAL_TASK_QUEUE,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: [{ key: SellerIdAttribute, value: sellerId }],
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err; // already ran to the end
      }
    });

    const body = { id: applicationId, object: 'application' as const, sellerId, status: 'submitted' as const };
    return { status: 202, body, location: `/v1/applications/${applicationId}` };
  }),

  route({
    method: 'get',
    path: '/v1/applications/{id}',
    summary: 'An application with its requirements, checks, risk and decision',
    access: { permission: 'applications:read' },
    params: idParam,
    responses: {
      200: {
        description: 'the application (just accepted and not yet recorded: its status alone, with empty checks)',
        schema: z.union([applicationResponse.extend({ documents: z.array(documentResponse) }), statusOnly.extend({ sellerId: z.string(), checks: z.array(checkResponse).max(0), decision: z.null() })]),
      },
    },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, req }, { db, temporal }) => {
    if (!hasPrefix(id, 'application')) throw notFound('The application');
    // One statement: the application, its seller's client and everything shown beside it.
    const record = await findApplicationRecord(db, id);
    if (record) {
      if (!seesClient(req, record.sellerClientId)) throw notFound('The application');
      await auditRead(db, req, 'application', id);
      const { application, persons, checks, tasks, request, documents } = record;
      return { status: 200, body: { ...applicationView(application, persons, checks, tasks, request, documents), documents: documents.map(documentView) } };
    }
    // Accepted a moment ago and not yet recorded: the workflow knows it.
    const state = await callWorkflow(temporal, () =>
      temporal.workflow
        .getHandle(onboardingWorkflowId(id))
        .query(onboardingStateQuery)
        .catch((err) => {
          if (err instanceof WorkflowNotFoundError) return undefined;
          throw err;
        }),
    );
    // Not recorded yet: the workflow knows which client submitted it.
    if (!state || !seesClient(req, state.clientId)) throw notFound('The application');
    return { status: 200, body: { id, object: 'application' as const, sellerId: state.sellerId, status: state.status, checks: [], decision: null } };
  }),

  route({
    method: 'post',
    path: '/v1/applications/{id}/information',
    summary: 'Answer a request for information: the changed fields; only the checks they touch run again',
    access: { permission: 'applications:answer' },
    params: idParam,
    body: { json: informationAnswerSchema },
    responses: { 202: { description: 'accepted; verifying again', schema: statusOnly } },
    problems: ['resource_not_found', 'no_open_information_request', 'unknown_person', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body: answer, req }, { db, temporal }) => {
    const app = await visibleApplication(db, req, id);
    throwOnInvalidTaxIds(app.country, answer.business);
    const uploaded = new Set((await listDocuments(db, id)).map((d) => d.id));
    const strangers = (answer.documents ?? []).map((doc, i) => [doc, i] as const).filter(([doc]) => !uploaded.has(doc));
    if (strangers.length > 0) throw invalidFields(strangers.map(([, i]) => ({ path: `documents[${i}]`, code: 'unknown_document', message: 'is not a document uploaded to this application' })));
    const handle = temporal.workflow.getHandle(onboardingWorkflowId(id));
    const result = await callWorkflow(temporal, () => handle.executeUpdate(provideInformationUpdate, { args: [{ actor: actorOf(req), answer }] }), 'no_open_information_request');
    return { status: 202, body: { id, object: 'application' as const, status: result.status } };
  }),

  route({
    method: 'post',
    path: '/v1/applications/{id}/withdraw',
    summary: 'Withdraw an application before it is decided',
    access: { permission: 'applications:withdraw' },
    params: idParam,
    body: { json: withdrawSchema },
    responses: { 200: { description: 'withdrawn', schema: statusOnly } },
    problems: ['resource_not_found', 'application_already_decided', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body: { reason }, req }, { db, temporal }) => {
    await visibleApplication(db, req, id);
    const handle = temporal.workflow.getHandle(onboardingWorkflowId(id));
    const result = await callWorkflow(temporal, () => handle.executeUpdate(withdrawApplicationUpdate, { args: [{ actor: actorOf(req), reason }] }), 'application_already_decided');
    return { status: 200, body: { id, object: 'application' as const, status: result.status } };
  }),
];

/** Tax numbers are checked against the application's country, which the answer does not repeat. */
function throwOnInvalidTaxIds(country: string, business: { taxId?: string; vatNumber?: string } | undefined): void {
  const errors = (['taxId', 'vatNumber'] as const).flatMap((field) => {
    const value = business?.[field];
    const check = value === undefined ? undefined : checkTaxId(country, field === 'taxId' ? 'tax_id' : 'vat', value);
    return check && !check.valid ? [{ path: `business.${field}`, code: 'custom', message: check.problem! }] : [];
  });
  if (errors.length > 0) throw invalidFields(errors);
}
