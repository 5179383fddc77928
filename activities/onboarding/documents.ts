/** Uploaded documents' records, written by the document-receipt workflow. */
import { recordDocument, type NewDocument } from '../../db/onboarding/documents';
import type { ActivityDeps } from '../shared/deps';

export type DocumentReceipt = NewDocument;

export function createDocumentActivities({ db }: ActivityDeps) {
  return {
    async recordUploadedDocument(receipt: DocumentReceipt): Promise<{ created: boolean }> {
      const { created } = await recordDocument(db, receipt);
      return { created };
    },
  };
}
