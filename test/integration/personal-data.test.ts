/**
 * A full onboarding leaves no personal data in Temporal (histories of the workflow and its
 * children, search attributes) or in the API's logs: every payload and failure is encrypted by the
 * codec, and only an authorised operator gets plaintext back from the codec endpoint.
 */
import { PassThrough } from 'node:stream';
import { Client } from '@temporalio/client';
import { EncryptionCodec } from '../../temporal/encryption-codec';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
const logs: string[] = [];
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => logs.push(chunk.toString('utf8')));
  system = await startSystem({ logStream: stream });
});
afterAll(async () => {
  await system?.stop();
});

/** Every string and every byte array (read as text) anywhere in a history. */
function texts(value: unknown, out: string[] = []): string[] {
  if (value instanceof Uint8Array) out.push(Buffer.from(value).toString('utf8'), Buffer.from(value).toString('latin1'));
  else if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => texts(v, out));
  return out;
}

it('keeps names, birth dates, documents, accounts and contacts out of Temporal and the logs', async () => {
  const body = ukCompany({ ownerName: ['Zebulon', 'Quixley'], ownerBirthDate: '1977-07-17', registrationNumber: '00000000' });
  body.persons[0].idDocument = { ...body.persons[0].idDocument!, number: 'PX99887766' };
  body.business.email = 'zebulon@quixley.example';
  const needles = ['Zebulon', 'Quixley', '1977-07-17', 'PX99887766', 'zebulon@quixley.example', body.bankAccount.iban!, body.business.phone, 'Acme Widgets'];

  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
  const app = (
    await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'in_review',
    )
  ).body;
  // A request for information and its answer carry personal data through an Update.
  const taskId = app.reviewTasks[0].id;
  await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/claim`, { key: system.keys.reviewer });
  await call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/decision`, {
    key: system.keys.reviewer,
    body: { outcome: 'request_information', reasons: ['document_required'], requestedItems: ['business.registrationNumber'], note: 'Zebulon, please send the company number.' },
  });
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${app.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'information_requested',
  );
  expect(
    (
      await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/information`, {
        key: system.keys.onboarding_frontend,
        body: { business: { registrationNumber: '87654321', tradingName: 'Quixley Gadgets' } },
      })
    ).status,
  ).toBe(202);
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${app.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'approved',
  );

  const raw = new Client({ connection: system.temporal.connection, namespace: system.config.TEMPORAL_NAMESPACE });
  const personIds = app.checks.filter((c: any) => c.kind === 'identity').map((c: any) => c.subject.id);
  const workflowIds = [`onboarding:${app.id}`, ...personIds.flatMap((p: string) => [`identity:${app.id}:${p}:1`])];
  const everything: string[] = [];
  for (const id of workflowIds) {
    const handle = raw.workflow.getHandle(id);
    everything.push(...texts(await handle.fetchHistory()));
    const described = await handle.describe();
    const indexed = described.raw.workflowExecutionInfo?.searchAttributes?.indexedFields ?? {};
    // Ours is the seller's opaque ID alone (Temporal's own: patch versions, build IDs).
    if (id.startsWith('onboarding:')) expect(Object.keys(indexed).filter((k) => !k.startsWith('Temporal') && k !== 'BuildIds')).toEqual(['SellergateSellerId']);
    everything.push(...texts(indexed), id);
  }
  const history = everything.join('\n');
  for (const needle of needles) expect(history).not.toContain(needle);
  expect(logs.join('')).not.toEqual('');
  for (const needle of needles) expect(logs.join('')).not.toContain(needle);

  // The test can fail: the same history, decoded with the key, does hold the data.
  const first = (await raw.workflow.getHandle(`onboarding:${app.id}`).fetchHistory()).events![0];
  const input = first.workflowExecutionStartedEventAttributes!.input!.payloads!;
  const [plain] = await new EncryptionCodec(system.config.keyring).decode(input as any);
  expect(Buffer.from(plain.data!).toString('utf8')).toContain('Quixley');

  // The codec endpoint gives plaintext to an admin only, and records that it did.
  const wire = {
    payloads: input.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])), data: Buffer.from(p.data!).toString('base64') })),
  };
  expect((await call(system.baseUrl, 'POST', '/codec/decode', { key: system.keys.reviewer, body: wire })).status).toBe(403);
  const decoded = await call(system.baseUrl, 'POST', '/codec/decode', { key: system.keys.admin, body: wire });
  expect(Buffer.from(decoded.body.payloads[0].data, 'base64').toString('utf8')).toContain('Quixley');
  expect(await system.db('audit_events').where({ action: 'codec.decoded' }).count('* as n').first()).toEqual({ n: '1' });

  // A payload marked encrypted whose bytes were cut is named as the field to fix, not a 500.
  const cut = { payloads: [{ ...wire.payloads[0], data: wire.payloads[0].data.slice(0, 40) }] };
  const refused = await call(system.baseUrl, 'POST', '/codec/decode', { key: system.keys.admin, body: cut });
  expect(refused.status).toBe(400);
  expect(refused.body.errors).toEqual([{ path: 'payloads[0].data', code: 'not_decryptable', message: expect.stringContaining('does not decrypt') }]);
});
