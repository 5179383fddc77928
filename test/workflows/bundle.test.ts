/**
 * The workflow bundle stays lean: every workflow instance evaluates the bundle's modules afresh, so
 * a heavy module imported by a workflow costs CPU on every start. Zod (the API's validation) was
 * such a module; the rules workflows import must not pull it, or any other validation library, back in.
 */
import { readFileSync } from 'node:fs';
import { testEnvironment } from '../helpers/environment';

it('carries no validation library: only the Temporal SDK and what it needs from node_modules', () => {
  const bundle = readFileSync(testEnvironment().workflowBundlePath, 'utf8');
  const packages = new Set([...bundle.matchAll(/\.\/node_modules\/((?:@[^/"]+\/)?[^/"]+)\//g)].map((m) => m[1]));
  expect(packages.has('zod')).toBe(false);
  // long, ms and nexus-rpc are the SDK's own dependencies.
  expect([...packages].sort()).toEqual(['@temporalio/common', '@temporalio/workflow', 'long', 'ms', 'nexus-rpc']);
});
