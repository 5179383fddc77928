/**
 * POST /v1/applications/{id}/documents: a seller's document, as multipart (`type`, `file`, optional
 * `personId`). The format is read from the file's first bytes, the size is capped, the SHA-256 is
 * recorded, and the bytes go to document storage before the row that points at them is written.
 * The same file uploaded again for the same purpose is the same document (200, not a second one).
 */
import { createHash } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer, { MulterError } from 'multer';
import { z } from 'zod';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import { findDocument, listDocuments, type DocumentRow } from '../../db/onboarding/documents';
import type { DocumentReceipt } from '../../activities/onboarding/documents';
import { documentReceiptWorkflowId } from '../../temporal/workflow-ids';
import { acceptedContentTypes, documentTypes, personDocumentTypes, sniffContentType } from '../../domain/onboarding/documents';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { terminalStatuses, type ApplicationStatus } from '../../domain/onboarding/onboarding';
import { createDocumentStorage } from '../../providers/storage';
import { actorOf, assertSellerVisible, requirePermission } from '../access/auth';
import { iso } from './application-view';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow, Problem } from '../shared/problem';
import { runToCompletion } from '../shared/workflow-calls';

export const documentFieldsSchema = z.strictObject({
  type: z.enum(documentTypes),
  personId: z
    .string()
    .regex(/^per_[0-9a-z]{20}$/, 'must be the ID of a person on this application')
    .optional(),
});

const invalid = (path: string, code: string, message: string) => new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', { errors: [{ path, code, message }] });

export function documentView(d: DocumentRow) {
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

export function documentsRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router({ mergeParams: true });
  const storage = createDocumentStorage(config);
  // In memory: the cap keeps it small, and the digest is taken before anything is stored.
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: config.DOCUMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 8 } }).single('file');
  const receive = (req: Request, res: Response, next: NextFunction) =>
    upload(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE')
          return next(
            new Problem(413, 'document_too_large', `The file is larger than ${config.DOCUMENT_MAX_BYTES} bytes`, {
              errors: [{ path: 'file', code: 'too_large', message: `must be at most ${config.DOCUMENT_MAX_BYTES} bytes` }],
            }),
          );
        return next(invalid(err.field ?? '(body)', err.code.toLowerCase(), err.message));
      }
      if (/Multipart: Boundary not found|Unsupported content type/i.test((err as Error)?.message ?? ''))
        return next(invalid('(body)', 'not_multipart', 'must be multipart/form-data with the fields type, file and optionally personId'));
      // Anything else the multipart parser trips on (a malformed part header, a form cut short) is
      // a body that is not well-formed multipart: the client's to fix, not an error on our side.
      next(invalid('(body)', 'malformed_multipart', `is not well-formed multipart/form-data (${(err as Error)?.message ?? 'unreadable'})`));
    });

  const applicationOr404 = async (req: Request, id: string) => {
    const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
    if (!app) throw notFound('The application');
    await assertSellerVisible(db, req, app.seller_id, 'The application');
    return app;
  };

  router.post('/', requirePermission('applications:answer'), receive, async (req, res) => {
    const app = await applicationOr404(req, String(req.params.id));
    if (!req.is('multipart/form-data')) throw invalid('(body)', 'not_multipart', 'must be multipart/form-data with the fields type, file and optionally personId');
    const fields = parseOrThrow(documentFieldsSchema, { ...req.body });
    const file = req.file;
    if (!file) throw invalid('file', 'required', 'is required');
    if (terminalStatuses.includes(app.status as ApplicationStatus)) throw new Problem(409, 'application_already_decided', 'The application has been decided or withdrawn already');
    if (fields.personId && !(await listPersons(db, app.id)).some((p) => p.id === fields.personId)) throw invalid('personId', 'unknown_person', 'is not a person on this application');
    if (!fields.personId && personDocumentTypes.includes(fields.type) && fields.type !== 'proof_of_address') throw invalid('personId', 'required', `is required for a ${fields.type}`);
    const contentType = sniffContentType(file.buffer);
    if (!contentType)
      throw new Problem(415, 'unsupported_document_format', `The file is not one of ${acceptedContentTypes.join(', ')}`, {
        errors: [{ path: 'file', code: 'unsupported_format', message: `must be one of ${acceptedContentTypes.join(', ')}` }],
      });

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
    const created = result.created && !again;
    const row = (await findDocument(db, id))!;
    res
      .status(created ? 201 : 200)
      .location(`/v1/applications/${app.id}/documents/${id}`)
      .json(documentView(row));
  });

  router.get('/', requirePermission('applications:read'), async (req, res) => {
    const app = await applicationOr404(req, String(req.params.id));
    res.json({ object: 'list', data: (await listDocuments(db, app.id)).map(documentView) });
  });

  return router;
}
