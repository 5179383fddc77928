/**
 * POST /v1/applications/{id}/documents: a seller's document, as multipart (`type`, `file`, optional
 * `personId`). The format is read from the file's first bytes, the size is capped, the SHA-256 is
 * recorded, and the bytes go to document storage before the row that points at them is written.
 * The same file uploaded again for the same purpose is the same document (200, not a second one).
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import { findDocument, listDocuments, type DocumentRow } from '../../db/onboarding/documents';
import type { DocumentReceipt } from '../../activities/onboarding/documents';
import { documentReceiptWorkflowId } from '../../temporal/workflow-ids';
import { acceptedContentTypes, documentTypes, personDocumentTypes, sniffContentType } from '../../domain/onboarding/documents';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { terminalStatuses, type ApplicationStatus } from '../../domain/onboarding/onboarding';
import { createDocumentStorage } from '../../providers/storage';
import { actorOf, assertSellerVisible } from '../access/auth';
import { iso } from './application-view';
import type { ApiDeps } from '../deps';
import type { Db } from '../../db/knex';
import { invalidField, notFound, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, list, timestamp } from '../shared/schemas';
import { runToCompletion } from '../shared/workflow-calls';

export const documentFieldsSchema = z.strictObject({
  type: z.enum(documentTypes),
  personId: z
    .string()
    .regex(/^per_[0-9a-z]{20}$/, 'must be the ID of a person on this application')
    .optional(),
});

export const documentResponse = z.object({
  id: z.string(),
  object: z.literal('document'),
  applicationId: z.string(),
  personId: z.string().nullable(),
  type: z.enum(documentTypes),
  contentType: z.string().meta({ description: 'read from the first bytes: application/pdf, image/jpeg or image/png' }),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: timestamp,
});

export function documentView(d: DocumentRow): z.input<typeof documentResponse> {
  return {
    id: d.id,
    object: 'document',
    applicationId: d.application_id,
    personId: d.person_id,
    type: d.type,
    contentType: d.content_type,
    sizeBytes: d.size_bytes,
    sha256: d.sha256,
    createdAt: iso(d.created_at),
  };
}

/** The application a request names, if the caller may see it (a frontend sees its own client's only). */
export async function visibleApplication(db: Db, req: Request, id: string) {
  const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
  if (!app) throw notFound('The application');
  await assertSellerVisible(db, req, app.seller_id, 'The application');
  return app;
}

export const documentRoutes = [
  route({
    method: 'post',
    path: '/v1/applications/{id}/documents',
    summary: 'Upload a document (PDF, JPEG or PNG); the same file for the same purpose is the same document',
    access: { permission: 'applications:answer' },
    params: idParam,
    body: { multipart: documentFieldsSchema, file: 'file' },
    responses: {
      201: { description: 'stored', schema: documentResponse, headers: { Location: 'the document' } },
      200: { description: 'the same file for the same purpose: already stored', schema: documentResponse },
    },
    problems: ['resource_not_found', 'application_already_decided', 'document_too_large', 'unsupported_document_format', 'temporal_unavailable'],
  }).handle(async ({ params: { id: applicationId }, body: fields, req }, { config, db, temporal }) => {
    const app = await visibleApplication(db, req, applicationId);
    const file = req.file;
    if (!file) throw invalidField('file', 'required', 'is required');
    if (terminalStatuses.includes(app.status as ApplicationStatus)) throw new Problem('application_already_decided');
    if (fields.personId && !(await listPersons(db, app.id)).some((p) => p.id === fields.personId)) throw invalidField('personId', 'unknown_person', 'is not a person on this application');
    if (!fields.personId && personDocumentTypes.includes(fields.type) && fields.type !== 'proof_of_address') throw invalidField('personId', 'required', `is required for a ${fields.type}`);
    const contentType = sniffContentType(file.buffer);
    if (!contentType)
      throw new Problem('unsupported_document_format', `The file is not one of ${acceptedContentTypes.join(', ')}`, {
        errors: [{ path: 'file', code: 'unsupported_format', message: `must be one of ${acceptedContentTypes.join(', ')}` }],
      });

    const storage = storageFor(config);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const id = derivedId('document', app.id, fields.type, fields.personId ?? '', sha256);
    const key = `applications/${app.id}/${id}`;
    await storage.put(key, file.buffer, contentType);
    // The record is written by the document's short workflow (one writer per fact).
    const receipt: DocumentReceipt = {
      id,
      application_id: app.id,
      person_id: fields.personId ?? null,
      type: fields.type,
      content_type: contentType,
      size_bytes: file.size,
      sha256,
      storage: storage.name,
      storage_key: key,
      actor: actorOf(req),
      requestId: req.requestId,
    };
    const { result, again } = await runToCompletion<{ created: boolean }>(temporal, 'documentReceipt', {
      workflowId: documentReceiptWorkflowId(id),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [receipt],
    });
    const body = documentView((await findDocument(db, id))!);
    const location = `/v1/applications/${app.id}/documents/${id}`;
    return result.created && !again ? { status: 201, body, location } : { status: 200, body, location };
  }),

  route({
    method: 'get',
    path: '/v1/applications/{id}/documents',
    summary: "The application's documents: type, format, size and SHA-256 (not the bytes)",
    access: { permission: 'applications:read' },
    params: idParam,
    responses: { 200: { description: 'the documents', schema: list(documentResponse) } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const app = await visibleApplication(db, req, id);
    return { status: 200, body: { object: 'list' as const, data: (await listDocuments(db, app.id)).map(documentView) } };
  }),
];

/** One storage adapter per configuration (a directory, or an S3 client), made on first use. */
const storages = new WeakMap<ApiDeps['config'], ReturnType<typeof createDocumentStorage>>();
function storageFor(config: ApiDeps['config']) {
  let storage = storages.get(config);
  if (!storage) storages.set(config, (storage = createDocumentStorage(config)));
  return storage;
}
