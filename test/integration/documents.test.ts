/**
 * Document upload over real HTTP (multipart): stored in the data directory with its SHA-256,
 * recognised by its bytes, capped in size, owned by a person of the application when it is an
 * identity document, and usable in an answer to a request for information.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { pdfBytes, pngBytes } from '../helpers/document-fixtures';

let system: System;
beforeAll(async () => {
  system = await startSystem({ env: { DOCUMENT_MAX_BYTES: '4096' } });
});
afterAll(async () => {
  await system?.stop();
});

const png = pngBytes('a scanned passport page');
const pdf = pdfBytes('registration certificate');

async function upload(applicationId: string, fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }, key = system.keys.onboarding_frontend) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const res = await fetch(`${system.baseUrl}/v1/applications/${applicationId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function applicationInReview(overrides: Parameters<typeof ukCompany>[0] = {}) {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany(overrides) });
  const read = () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer });
  return (await waitFor(read, (r) => ['in_review', 'approved'].includes(r.body?.status))).body;
}

describe('uploading a document', () => {
  let app: any;
  let personId: string;
  beforeAll(async () => {
    app = await applicationInReview({ registrationNumber: '00000000' });
    personId = app.checks.find((c: any) => c.kind === 'identity').subject.id;
  });

  it('stores a passport scan with its digest, once however often it is sent', async () => {
    const first = await upload(app.id, { type: 'passport', personId }, { bytes: png, name: 'passport.png', type: 'image/png' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      object: 'document',
      applicationId: app.id,
      personId,
      type: 'passport',
      contentType: 'image/png',
      sizeBytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
    });
    const stored = readFileSync(join(system.config.dataDir, 'documents', 'applications', app.id, first.body.id));
    expect(stored.equals(png)).toBe(true);

    const again = await upload(app.id, { type: 'passport', personId }, { bytes: png, name: 'same.png', type: 'image/png' });
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id } });
    expect(await system.db('documents').where({ application_id: app.id }).count('* as n').first()).toEqual({ n: '1' });
    expect(await system.db('audit_events').where({ subject_id: app.id, action: 'document.uploaded' }).count('* as n').first()).toEqual({ n: '1' });
    const view = await call(system.baseUrl, 'GET', `/v1/applications/${app.id}`, { key: system.keys.reviewer });
    expect(view.body.documents).toEqual([expect.objectContaining({ id: first.body.id, type: 'passport' })]);
  });

  it.each([
    ['an unknown type', { type: 'selfie' }, { bytes: png, name: 'a.png', type: 'image/png' }, 400, 'type'],
    ['a passport without its person', { type: 'passport' }, { bytes: png, name: 'a.png', type: 'image/png' }, 400, 'personId'],
    ['a person of another application', { type: 'passport', personId: 'per_zzzzzzzzzzzzzzzzzzzz' }, { bytes: png, name: 'a.png', type: 'image/png' }, 400, 'personId'],
    ['no file', { type: 'bank_statement' }, undefined, 400, 'file'],
    ['a text file called .pdf', { type: 'bank_statement' }, { bytes: Buffer.from('just text'), name: 'statement.pdf', type: 'application/pdf' }, 415, 'file'],
    [
      'an HTML page that begins like a PDF',
      { type: 'bank_statement' },
      { bytes: Buffer.from('%PDF-1.7\n<html><body>sign in to your bank</body></html>'), name: 'statement.pdf', type: 'application/pdf' },
      415,
      'file',
    ],
    ['a PNG cut short', { type: 'bank_statement' }, { bytes: png.subarray(0, png.length - 4), name: 'statement.png', type: 'image/png' }, 415, 'file'],
    ['a file over the size limit', { type: 'bank_statement' }, { bytes: Buffer.concat([pdf, Buffer.alloc(5000)]), name: 'big.pdf', type: 'application/pdf' }, 413, 'file'],
  ])('refuses %s, naming the field', async (_name, fields, file, status, path) => {
    const res = await upload(app.id, fields as Record<string, string>, file);
    expect(res.status).toBe(status);
    expect(res.body.errors.map((e: any) => e.path)).toEqual([path]);
  });

  it('refuses a JSON body and callers other than the frontend', async () => {
    const json = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/documents`, { key: system.keys.onboarding_frontend, body: { type: 'passport' } });
    expect(json.status).toBe(400);
    expect(json.body.errors[0]).toMatchObject({ path: '(body)', code: 'not_multipart' });
    expect((await upload(app.id, { type: 'bank_statement' }, { bytes: pdf, name: 's.pdf', type: 'application/pdf' }, system.keys.reviewer)).status).toBe(403);
    expect((await upload('app_zzzzzzzzzzzzzzzzzzzz', { type: 'bank_statement' }, { bytes: pdf, name: 's.pdf', type: 'application/pdf' })).status).toBe(404);
  });

  it('refuses a malformed multipart body as a client error, not a 500 (found by the API fuzzer)', async () => {
    const boundary = 'f032b1fd315d0df79712ce99865354f9';
    const res = await fetch(`${system.baseUrl}/v1/applications/${app.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.keys.onboarding_frontend}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\n1127716--${boundary}--\r\n`,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ path: '(body)', code: 'malformed_multipart' });
  });

  it('answers a request for information with an uploaded document; the reviewer gets the application back', async () => {
    const taskId = app.reviewTasks[0].id;
    expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/claim`, { key: system.keys.reviewer })).status).toBe(200);
    const asked = await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/decision`, {
      key: system.keys.reviewer,
      body: { outcome: 'request_information', reasons: ['document_required'], requestedItems: ['business.registrationNumber'], note: 'Please upload your certificate of incorporation.' },
    });
    expect(asked.status).toBe(200);
    const certificate = await upload(app.id, { type: 'business_registration' }, { bytes: pdf, name: 'certificate.pdf', type: 'application/pdf' });
    expect(certificate.body.contentType).toBe('application/pdf');

    const answer = (documents: string[]) => call(system.baseUrl, 'POST', `/v1/applications/${app.id}/information`, { key: system.keys.onboarding_frontend, body: { documents } });
    const unknown = await answer(['doc_zzzzzzzzzzzzzzzzzzzz']);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: 'documents[0]', code: 'unknown_document' })]);
    expect((await answer([certificate.body.id])).status).toBe(202);

    const back = await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${app.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'in_review' && r.body.reviewTasks.length === 2,
    );
    expect(back.body.reviewTasks[1]).toMatchObject({ status: 'open' });
    expect(back.body.informationRequest).toMatchObject({ status: 'answered' });
  });
});

describe('DSA Art. 30 for a trader established outside the Union who sells into it', () => {
  it('keeps the application from approval until a copy of the representative’s identity document is uploaded', async () => {
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: { ...ukCompany(), sellingRegions: ['GB', 'EU'] } });
    expect(accepted.status).toBe(202);
    const read = () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer });
    const app = (await waitFor(read, (r) => r.body?.status === 'in_review')).body;
    expect(app.sellingRegions).toEqual(['GB', 'EU']);
    expect(app.requirements.version).toBe('requirements-2026-12-v3');
    expect(app.requirements.traderTraceability).toMatchObject({ applies: true, currentlyDue: [expect.stringMatching(/^persons\.per_[0-9a-z]{20}\.idDocumentCopy$/)] });
    expect(app.requirements.eventuallyDue).toContain('business.tradeRegister');
    expect(app.reviewTasks[0].reasons).toContain('requirements_due');
    const personId = app.requirements.traderTraceability.currentlyDue[0].split('.')[1];

    const taskId = app.reviewTasks[0].id;
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/claim`, { key: system.keys.reviewer });
    const approve = () =>
      call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/decision`, { key: system.keys.reviewer, body: { outcome: 'approve', reasons: ['risk_accepted'], note: 'documents in order' } });
    const refused = await approve();
    expect(refused.body).toMatchObject({ status: 409, code: 'trader_traceability_due' });
    expect(refused.body.detail).toContain(`persons.${personId}.idDocumentCopy`);
    expect((await read()).body.status).toBe('in_review');

    expect((await upload(accepted.body.id, { type: 'passport', personId }, { bytes: png, name: 'passport.png', type: 'image/png' })).status).toBe(201);
    expect((await read()).body.requirements.traderTraceability.currentlyDue).toEqual([]);
    expect((await approve()).status).toBe(200);
    await waitFor(read, (r) => r.body.status === 'approved');
  });

  it('asks nothing of Art. 30 from the same company selling at home', async () => {
    const app = await applicationInReview();
    expect(app.requirements.traderTraceability).toEqual({ applies: false, currentlyDue: [] });
  });
});
