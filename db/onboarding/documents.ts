/** Uploaded documents of an application. */
import type { Knex } from 'knex';
import type { DocumentType } from '../../domain/onboarding/documents';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export interface DocumentRow {
  id: string;
  application_id: string;
  person_id: string | null;
  type: DocumentType;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage: string;
  storage_key: string;
  uploaded_by: string;
  created_at: Date;
}

export type NewDocument = Omit<DocumentRow, 'created_at' | 'uploaded_by'> & { actor: Actor; requestId?: string };

/** Records the document once: the same file uploaded again is the same document. */
export const findDocument = (db: Knex, id: string): Promise<DocumentRow | undefined> => db('documents').where({ id }).first();

export async function recordDocument(db: Knex, d: NewDocument): Promise<{ row: DocumentRow; created: boolean }> {
  return db.transaction(async (trx) => {
    const { actor, requestId, ...row } = d;
    const inserted = await trx('documents')
      .insert({ ...row, uploaded_by: actor.id })
      .onConflict('id')
      .ignore()
      .returning('*');
    if (inserted.length === 0) return { row: await trx('documents').where({ id: d.id }).first(), created: false };
    await appendAudit(trx, {
      actor,
      action: 'document.uploaded',
      subjectType: 'application',
      subjectId: d.application_id,
      data: { documentId: d.id, type: d.type, personId: d.person_id, sha256: d.sha256, sizeBytes: d.size_bytes },
      requestId,
    });
    return { row: inserted[0], created: true };
  });
}

export async function listDocuments(db: Knex, applicationId: string): Promise<DocumentRow[]> {
  return db('documents').where({ application_id: applicationId }).orderBy('created_at');
}
