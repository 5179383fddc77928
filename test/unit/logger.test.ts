/** What reaches the logs: personal data censored at any depth, the Temporal SDK's lines through the same logger. */
import { PassThrough } from 'node:stream';
import { createLogger } from '../../logger';
import { temporalLoggerFor } from '../../temporal/runtime-logger';

function capture() {
  const stream = new PassThrough();
  const lines: any[] = [];
  stream.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((l) => lines.push(JSON.parse(l))),
  );
  return { logger: createLogger('debug', stream), lines, flush: () => new Promise((r) => setImmediate(r)) };
}

it('censors personal fields however deep they sit, and keeps the IDs', async () => {
  const { logger, lines, flush } = capture();
  logger.info(
    {
      applicationId: 'app_1',
      submission: {
        business: { legalName: 'Acme Ltd', address: { line1: '1 High St', postalCode: 'EC1A 1BB', city: 'London' } },
        persons: [{ firstName: 'Jane', lastName: 'Doe', idDocument: { number: 'P123' } }],
      },
      req: { headers: { authorization: 'Bearer sk_x' } },
    },
    'submitted',
  );
  await flush();
  const text = JSON.stringify(lines[0]);
  for (const secret of ['Acme Ltd', '1 High St', 'EC1A 1BB', 'Jane', 'Doe', 'P123', 'sk_x']) expect(text).not.toContain(secret);
  expect(lines[0]).toMatchObject({
    applicationId: 'app_1',
    msg: 'submitted',
    submission: { business: { legalName: '[redacted]', address: { city: 'London' } }, persons: [{ firstName: '[redacted]' }] },
  });
});

it('writes the SDK’s lines with their workflow meta, redacted the same way', async () => {
  const { logger, lines, flush } = capture();
  const sdk = temporalLoggerFor(logger);
  sdk.warn('Activity failed', { workflowId: 'onboarding:app_1', activityType: 'checkBusinessRegistry', attempt: 2, failure: { details: { email: 'jane@example.com' } } });
  sdk.log('DEBUG', 'Workflow started', { workflowId: 'onboarding:app_1' });
  await flush();
  expect(lines[0]).toMatchObject({
    level: 40,
    component: 'temporal',
    msg: 'Activity failed',
    workflowId: 'onboarding:app_1',
    activityType: 'checkBusinessRegistry',
    attempt: 2,
    failure: { details: { email: '[redacted]' } },
  });
  expect(lines[1]).toMatchObject({ level: 20, msg: 'Workflow started' });
});
