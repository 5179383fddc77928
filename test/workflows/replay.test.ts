/**
 * Histories recorded from earlier versions of the workflows must replay on the current code: a
 * change that would break running workflows fails here (guard such changes with patched()).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testEnvironment } from '../helpers/environment';

const dir = join(__dirname, 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.pb'));

it('has recorded histories to replay', () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

it.each(files)('replays %s', async (file) => {
  const history = temporal.api.history.v1.History.decode(readFileSync(join(dir, file)));
  await Worker.runReplayHistory({ workflowBundle: { codePath: testEnvironment().workflowBundlePath } }, history, file);
});
