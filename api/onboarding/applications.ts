/**
 * Applications: submit (starts the onboarding workflow, idempotently) and read. The API writes no
 * business record itself: the workflow's activities do.
 */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/common';
import { z } from 'zod';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import { listChecks } from '../../db/onboarding/checks';
import { listDocuments } from '../../db/onboarding/documents';
import { latestInformationRequest } from '../../db/onboarding/information-requests';
import { reserveIdempotencyKey, storeIdempotentResponse } from '../../db/shared/idempotency';
import { applicationSubmissionSchema } from '../../domain/onboarding/application';
import { informationAnswerSchema } from '../../domain/onboarding/information-answer';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import { derivedId, hasPrefix, newId } from '../../domain/shared/ids';
import type { OnboardingInput } from '../../domain/onboarding/onboarding';
import { SellerIdAttribute } from '../../temporal/search-attributes';
import { onboardingWorkflowId } from '../../temporal/workflow-ids';
import { onboardingStateQuery, provideInformationUpdate, withdrawApplicationUpdate } from '../../workflows/onboarding/messages';
import { actorOf, assertSellerVisible, requirePermission, seesClient } from '../access/auth';
import { applicationView } from './application-view';
import { auditRead } from '../shared/read-audit';
import { canonicalJson } from '../../domain/shared/canonical-json';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow, Problem, temporalUnavailable } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';
import { documentView } from './documents';

const idempotencyKey = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

export function applicationsRouter({ db, temporal, config }: ApiDeps): Router {
  const router = Router();

  router.post('/', requirePermission('applications:create'), async (req, res) => {
    const submission = parseOrThrow(applicationSubmissionSchema, req.body);
    const key = req.header('idempotency-key');
    if (key !== undefined) parseOrThrow(z.object({ 'Idempotency-Key': idempotencyKey }), { 'Idempotency-Key': key }, 'header');
    const apiKey = req.apiKey!;

    let applicationId = newId('application');
    if (key !== undefined) {
      const requestHash = createHash('sha256')
        .update(`POST /v1/applications\n${canonicalJson(req.body)}`)
        .digest('hex');
      const record = await reserveIdempotencyKey(db, apiKey.id, key, requestHash, applicationId);
      if (record.requestHash !== requestHash) {
        throw new Problem(409, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request body');
      }
      if (record.response) {
        res.status(record.response.status).set('Idempotent-Replayed', 'true').json(record.response.body);
        return;
      }
      // A retry after a failed start lands on the reserved ID, and so on the same workflow.
      applicationId = record.resourceId;
    }

    // The same marketplace reference from the same client is the same seller (a second application).
    const sellerId = derivedId('seller', apiKey.clientId, submission.externalRef);
    const input: OnboardingInput = {
      applicationId,
      sellerId,
      submittedAt: new Date().toISOString(),
      submittedBy: actorOf(req),
      clientId: apiKey.clientId,
      requestId: req.requestId,
      personIds: submission.persons.map(() => newId('person')),
      bankAccountId: newId('bankAccount'),
      submission,
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

    const body = { id: applicationId, object: 'application', sellerId, status: 'submitted' };
    if (key !== undefined) await storeIdempotentResponse(db, apiKey.id, key, 202, body);
    res.status(202).location(`/v1/applications/${applicationId}`).json(body);
  });

  router.get('/:id', requirePermission('applications:read'), async (req, res) => {
    const id = String(req.params.id);
    if (!hasPrefix(id, 'application')) throw notFound('The application');
    const app = await findApplication(db, id);
    if (app) {
      await assertSellerVisible(db, req, app.seller_id, 'The application');
      await auditRead(db, req, 'application', id);
      const [persons, checks, tasks, request, documents] = await Promise.all([
        listPersons(db, id),
        listChecks(db, id),
        db('review_tasks').where({ application_id: id }).orderBy('created_at'),
        latestInformationRequest(db, id),
        listDocuments(db, id),
      ]);
      res.json({ ...applicationView(app, persons, checks, tasks, request), documents: documents.map(documentView) });
      return;
    }
    // Accepted a moment ago and not yet recorded: the workflow knows it.
    const state = await temporal
      .withDeadline(Date.now() + 5000, () => temporal.workflow.getHandle(onboardingWorkflowId(id)).query(onboardingStateQuery))
      .catch((err) => {
        if (err instanceof WorkflowNotFoundError) return undefined;
        throw temporalUnavailable();
      });
    if (!state) throw notFound('The application');
    // Not recorded yet: the workflow knows which client submitted it.
    if (!seesClient(req, state.clientId)) throw notFound('The application');
    res.json({ id, object: 'application', sellerId: state.sellerId, status: state.status, checks: [], decision: null });
  });

  router.post('/:id/information', requirePermission('applications:answer'), async (req, res) => {
    const id = String(req.params.id);
    const answer = parseOrThrow(informationAnswerSchema, req.body);
    const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
    if (!app) throw notFound('The application');
    await assertSellerVisible(db, req, app.seller_id, 'The application');
    throwOnInvalidTaxIds(app.country, answer.business);
    const uploaded = new Set((await listDocuments(db, id)).map((d) => d.id));
    const strangers = (answer.documents ?? []).map((doc, i) => [doc, i] as const).filter(([doc]) => !uploaded.has(doc));
    if (strangers.length > 0) {
      throw new Problem(400, 'validation_error', `The request body is not valid: ${strangers.length} field(s) to fix`, {
        errors: strangers.map(([, i]) => ({ path: `documents[${i}]`, code: 'unknown_document', message: 'is not a document uploaded to this application' })),
      });
    }
    const handle = temporal.workflow.getHandle(onboardingWorkflowId(id));
    const result = await callWorkflow(temporal, () => handle.executeUpdate(provideInformationUpdate, { args: [{ actor: actorOf(req), answer }] }), 'no_open_information_request');
    res.status(202).json({ id, object: 'application', status: result.status });
  });

  router.post('/:id/withdraw', requirePermission('applications:withdraw'), async (req, res) => {
    const id = String(req.params.id);
    const { reason } = parseOrThrow(withdrawSchema, req.body ?? {});
    const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
    if (!app) throw notFound('The application');
    await assertSellerVisible(db, req, app.seller_id, 'The application');
    const handle = temporal.workflow.getHandle(onboardingWorkflowId(id));
    const result = await callWorkflow(temporal, () => handle.executeUpdate(withdrawApplicationUpdate, { args: [{ actor: actorOf(req), reason }] }), 'application_already_decided');
    res.json({ id, object: 'application', status: result.status });
  });

  return router;
}

/** Tax numbers are checked against the application's country, which the answer does not repeat. */
function throwOnInvalidTaxIds(country: string, business: { taxId?: string; vatNumber?: string } | undefined): void {
  const errors = (['taxId', 'vatNumber'] as const).flatMap((field) => {
    const value = business?.[field];
    const check = value === undefined ? undefined : checkTaxId(country, field === 'taxId' ? 'tax_id' : 'vat', value);
    return check && !check.valid ? [{ path: `business.${field}`, code: 'custom', message: check.problem! }] : [];
  });
  if (errors.length > 0) throw new Problem(400, 'validation_error', `The request body is not valid: ${errors.length} field(s) to fix`, { errors });
}

const withdrawSchema = z.strictObject({ reason: z.string().trim().min(1).max(1000).optional() });
