/**
 * Onboarding throughput end to end (sandbox providers with no latency, the auto-approve path)
 * against the bare workflow of the same shape with no-op activities, on the same Temporal server
 * with the same worker settings. The ratio is the cost of Sellergate's own work (Postgres writes,
 * screening, encryption) over Temporal's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NativeConnection, Worker } from '@temporalio/worker';
import { loadConfig } from '../config';
import type { Db } from '../db/knex';
import { newId } from '../domain/shared/ids';
import type { OnboardingInput } from '../domain/onboarding/onboarding';
import { createTemporalClient } from '../temporal/connection';
import { createWorker } from '../worker';
import { ukCompany } from '../scripts/sample-applications';
import { round, timed, type Figure } from './lib';

export function benchInput(): OnboardingInput {
  const submission = ukCompany() as OnboardingInput['submission'];
  return {
    applicationId: newId('application'),
    sellerId: newId('seller'),
    submittedAt: new Date().toISOString(),
    submittedBy: { id: 'bench', name: 'bench', role: 'onboarding_frontend' },
    clientId: 'bench',
    personIds: submission.persons.map(() => newId('person')),
    bankAccountId: newId('bankAccount'),
    submission,
  };
}

export async function benchOnboarding(db: Db, url: string, address: string, figures: Figure[], count: number): Promise<void> {
  const config = loadConfig({ DATABASE_URL: url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: 'bench-onboarding', DATA_DIR: mkdtempSync(join(tmpdir(), 'sellergate-bench-')), LOG_LEVEL: 'silent' });
  const connection = await NativeConnection.connect({ address });
  const temporal = createTemporalClient({ address, namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
  const worker = await createWorker({ config, db, connection, temporal });
  const bare = await Worker.create({ connection, namespace: config.TEMPORAL_NAMESPACE, taskQueue: 'bench-bare', workflowsPath: require.resolve('./workflows'), activities: { noop: async () => {} } });

  await Promise.all([
    worker.runUntil(async () => {
      // Warm: the first workflows pay for the bundle's and the screening index's first use.
      await Promise.all(
        Array.from({ length: 5 }, () => benchInput()).map((input) =>
          temporal.workflow.execute('onboarding', { workflowId: `onboarding:${input.applicationId}`, taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] }),
        ),
      );
      const inputs = Array.from({ length: count }, benchInput);
      const { ms } = await timed(() =>
        Promise.all(inputs.map((input) => temporal.workflow.execute('onboarding', { workflowId: `onboarding:${input.applicationId}`, taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] }))),
      );
      const approved = await db('applications')
        .whereIn(
          'id',
          inputs.map((i) => i.applicationId),
        )
        .where({ status: 'approved' })
        .count<{ n: string }[]>('* as n');
      figures.push({
        bench: 'onboarding',
        metric: 'applications per second (end to end, auto-approve)',
        value: round((count / ms) * 1000, 1),
        note: `${count} applications, ${approved[0].n} approved`,
      });
    }),
  ]);
  await bare.runUntil(async () => {
    const plain = createTemporalClient({ address, namespace: config.TEMPORAL_NAMESPACE });
    await Promise.all(Array.from({ length: 5 }, (_, i) => plain.workflow.execute('bareOnboarding', { workflowId: `bare-warm-${Date.now()}-${i}`, taskQueue: 'bench-bare' })));
    const { ms } = await timed(() =>
      Promise.all(Array.from({ length: count }, (_, i) => plain.workflow.execute('bareOnboarding', { workflowId: `bare-${Date.now()}-${i}`, taskQueue: 'bench-bare' }))),
    );
    const value = figures.find((f) => f.bench === 'onboarding')!;
    const bareRate = (count / ms) * 1000;
    value.baseline = round(bareRate, 1);
    value.ratio = round((value.value as number) / bareRate, 2);
    await plain.connection.close();
  });
  await temporal.connection.close();
  await connection.close();
}
