/** The `sellergate` command line against a real Postgres database. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { testEnvironment } from '../helpers/environment';
import { call } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const bin = join(__dirname, '..', '..', 'bin', 'sellergate.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: system.databaseUrl }, encoding: 'utf8', timeout: 60_000 });

it('api-key create prints the new key alone, stores only its hash, and the key works with its role', async () => {
  const result = run('api-key', 'create', '--role', 'reviewer', '--name', 'Ana Reviewer');
  expect(result.status).toBe(0);
  const lines = result.stdout.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  const key = lines[0];
  expect(key).toMatch(/^sg_[A-Za-z0-9_-]{32}$/);

  const stored = await system.db('api_keys').where({ name: 'Ana Reviewer' }).first();
  expect(stored.role).toBe('reviewer');
  expect(JSON.stringify(stored)).not.toContain(key);

  expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(200);
  expect((await call(system.baseUrl, 'POST', '/v1/applications', { key, body: {} })).status).toBe(403);
});

it('refuses an unknown role or a missing name with usage and exit code 2', () => {
  const badRole = run('api-key', 'create', '--role', 'superuser', '--name', 'x');
  expect(badRole.status).toBe(2);
  expect(badRole.stdout).toBe('');
  expect(badRole.stderr).toContain('--role must be one of');
  expect(run('api-key', 'create', '--role', 'admin').status).toBe(2);
  expect(run('frobnicate').status).toBe(2);
});

it('migrate reports an up-to-date database', () => {
  const result = run('migrate');
  expect(result.status).toBe(0);
  expect(result.stderr).toContain('already up to date');
});

it('stops with a message naming the variable when the configuration is bad', () => {
  const result = spawnSync(process.execPath, [bin, 'migrate'], { env: { ...process.env, DATABASE_URL: 'not a url' }, encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('DATABASE_URL');
});

it('performance evaluate runs one cycle through the worker and prints its counts', async () => {
  const env = { ...process.env, DATABASE_URL: system.databaseUrl, TEMPORAL_ADDRESS: testEnvironment().temporalAddress, TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE };
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    // Asynchronous: the worker in this process must keep running while the command waits.
    const child = spawn(process.execPath, [bin, 'performance', 'evaluate', '--as-of', '2026-11-21'], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ asOf: '2026-11-21', sellersEvaluated: 0, standingChanges: 0, enforcementsStarted: 0 });
  expect(await system.db('performance_reviews').where({ as_of: '2026-11-21', trigger: 'cli', status: 'completed' }).count('* as n').first()).toEqual({ n: '1' });
  expect(run('performance', 'evaluate', '--as-of', 'yesterday').status).toBe(2);
});

it('api-key rotate prints the new key alone; revoke refuses a key from then on; a regulator key needs its authority', async () => {
  const first = run('api-key', 'create', '--role', 'reviewer', '--name', 'Rota Reviewer').stdout.trim();
  const id = (await system.db('api_keys').where({ name: 'Rota Reviewer' }).first('id')).id;
  const rotated = run('api-key', 'rotate', '--id', id, '--overlap-hours', '2');
  expect(rotated.status).toBe(0);
  const second = rotated.stdout.trim();
  expect(second).toMatch(/^sg_[A-Za-z0-9_-]{32}$/);
  for (const key of [first, second]) expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(200);
  expect(run('api-key', 'revoke', '--id', id).status).toBe(0);
  expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key: first })).status).toBe(401);
  expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key: second })).status).toBe(200);
  expect(JSON.parse(run('api-key', 'list').stdout).map((k: any) => k.id)).toContain(id);
  expect(run('api-key', 'create', '--role', 'regulator', '--name', 'BNetzA').status).toBe(2);
  expect(run('api-key', 'create', '--role', 'regulator', '--name', 'BNetzA', '--authority', 'Bundesnetzagentur', '--jurisdiction', 'de').status).toBe(0);
  expect((await system.db('api_keys').where({ name: 'BNetzA' }).first()).jurisdiction).toBe('DE');
});
