/**
 * An uploaded document's record, written by its activity (one writer per fact) after the API put
 * the bytes in document storage. The document ID derives from the application, type, person and
 * SHA-256, so the same file uploaded again is one document.
 */
import type { DocumentReceipt } from '../../activities/onboarding/documents';
import { records } from '../shared/activities';

export async function documentReceipt(receipt: DocumentReceipt): Promise<{ created: boolean }> {
  return records.recordUploadedDocument(receipt);
}
