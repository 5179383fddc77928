/**
 * Histories recorded from every build of the workflows (test/workflows/histories/<build>/) must
 * replay on the current code: a change that would break running workflows fails here (guard such
 * changes with patched(); docs/workflow-versioning.md). Every workflow type the worker registers
 * has at least one recorded history.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import * as workflows from '../../workflows';
import { WORKFLOW_BUILD_ID } from '../../temporal/build-id';
import { historiesDir } from '../helpers/histories';
import { testEnvironment } from '../helpers/environment';

const builds = readdirSync(historiesDir)
  .filter((d) => /^build-\d+$/.test(d))
  .sort();
const files = builds.flatMap((build) =>
  readdirSync(join(historiesDir, build))
    .filter((f) => f.endsWith('.pb'))
    .map((f) => join(build, f)),
);
const decode = (file: string) => temporal.api.history.v1.History.decode(readFileSync(join(historiesDir, file)));

it('keeps the histories of several builds, the current one included', () => {
  expect(builds.length).toBeGreaterThanOrEqual(3);
  expect(builds).toContain(WORKFLOW_BUILD_ID);
});

it('has a recorded history for every workflow type the worker registers', () => {
  const recorded = new Set(files.map((f) => decode(f).events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name));
  expect(Object.keys(workflows).filter((type) => !recorded.has(type))).toEqual([]);
});

it.each(files)('replays %s', async (file) => {
  await Worker.runReplayHistory({ workflowBundle: { codePath: testEnvironment().workflowBundlePath } }, decode(file), file);
});
