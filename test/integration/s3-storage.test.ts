/**
 * The S3 document storage against moto's S3 server (a local fake of the S3 HTTP API): what is put
 * comes back byte for byte, and a bucket that does not exist is an error, not a silent loss.
 */
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { S3Storage } from '../../providers/storage/s3';
import { resolveMotoServer, startMoto } from '../helpers/moto';
import { freePort } from '../../scripts/ports';
import { pdfBytes } from '../helpers/document-fixtures';

const moto = resolveMotoServer();
if (!moto) console.warn('moto_server not found (npm run test-tools:install): the S3 storage test is skipped');

(moto ? describe : describe.skip)('S3 document storage', () => {
  let server: Awaited<ReturnType<typeof startMoto>>;
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  beforeAll(async () => {
    server = await startMoto(moto!, await freePort());
    await new S3Client({ region: 'eu-west-2', endpoint: server.url, forcePathStyle: true, credentials }).send(
      new CreateBucketCommand({ Bucket: 'documents', CreateBucketConfiguration: { LocationConstraint: 'eu-west-2' } }),
    );
  });
  afterAll(() => server?.stop());

  it('stores a document with its checksum and reads it back', async () => {
    const storage = new S3Storage({ bucket: 'documents', region: 'eu-west-2', endpoint: server.url, credentials });
    const bytes = pdfBytes('certificate');
    await storage.put('applications/app_1/doc_1', bytes, 'application/pdf');
    expect((await storage.get('applications/app_1/doc_1')).equals(bytes)).toBe(true);
    const head = await new S3Client({ region: 'eu-west-2', endpoint: server.url, forcePathStyle: true, credentials }).send(
      new HeadObjectCommand({ Bucket: 'documents', Key: 'applications/app_1/doc_1' }),
    );
    expect(head.ContentType).toBe('application/pdf');
  });

  it('fails loudly when the bucket is missing', async () => {
    const storage = new S3Storage({ bucket: 'no-such-bucket', region: 'eu-west-2', endpoint: server.url, credentials });
    await expect(storage.put('k', Buffer.from('x'), 'application/pdf')).rejects.toThrow();
  });
});
