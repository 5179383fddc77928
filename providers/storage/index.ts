/** The document storage a configuration names. */
import { join } from 'node:path';
import type { Config } from '../../config';
import { DirectoryStorage } from './directory';
import { S3Storage } from './s3';
import type { DocumentStorage } from './types';

export type { DocumentStorage };

export function createDocumentStorage(config: Config): DocumentStorage {
  if (config.DOCUMENT_STORAGE === 's3') {
    return new S3Storage({
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      credentials: config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } : undefined,
    });
  }
  return new DirectoryStorage(join(config.dataDir, 'documents'));
}
