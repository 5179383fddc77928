/**
 * API fuzzing with a third-party fuzzer: schemathesis (from PyPI) generates valid and invalid
 * requests from the OpenAPI document for every operation, as each role that uses the API, and runs
 * every check it has (test/faults/schemathesis.toml): no 5xx; statuses, content types, headers and
 * bodies as documented; invalid data refused and the documented examples accepted; 405 with `Allow`
 * for an undocumented method; authentication not ignored; and every error problem+json
 * (test/faults/problem_json_check.py).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Role } from '../../db/access/api-keys';
import { call } from '../helpers/http';
import { resolvePythonTool, schemathesis } from '../../scripts/python-tools';
import { useSystem } from '../helpers/system';

const fuzzer = resolvePythonTool(schemathesis);
const sg = useSystem();
const system = () => sg.system;
const run = promisify(execFile);

// The roles whose operations differ; each run also sees every other operation refused as that role.
const asRoles: Role[] = ['onboarding_frontend', 'reviewer', 'compliance_officer', 'regulator', 'admin'];

(fuzzer ? describe : describe.skip)('API fuzzing with schemathesis', () => {
  it.each(asRoles)(
    'as %s: every check passes, the examples are accepted, every error is problem+json',
    async (role) => {
      const reports = mkdtempSync(join(tmpdir(), 'sellergate-fuzz-'));
      const args = [
        '--config-file',
        join(__dirname, 'schemathesis.toml'),
        'run',
        `${system().baseUrl}/openapi.json`,
        '--phases',
        'examples,coverage,fuzzing',
        '--max-examples',
        '25',
        '--seed',
        '20261122',
        '--workers',
        '1',
        '--request-timeout',
        '30',
        '--suppress-health-check',
        'all',
        '--header',
        `Authorization: Bearer ${system().keys[role]}`,
        '--report',
        'junit',
        '--report-dir',
        reports,
      ];
      const env = { ...process.env, SCHEMATHESIS_HOOKS: 'problem_json_check', PYTHONPATH: __dirname, NO_COLOR: '1' };
      const outcome = await run(fuzzer!, args, { env, cwd: reports, maxBuffer: 64 * 1024 * 1024 }).then(
        (r) => ({ code: 0, output: r.stdout + r.stderr }),
        (e) => ({ code: e.code as number, output: `${e.stdout}${e.stderr}` }),
      );
      if (outcome.code !== 0) console.log(outcome.output.slice(0, 60_000));
      const report = readdirSync(reports).find((f) => f.startsWith('junit'));
      const junit = report ? readFileSync(join(reports, report), 'utf8') : '';
      const tests = Number(junit.match(/tests="(\d+)"/)?.[1] ?? 0);
      const document = (await call(system().baseUrl, 'GET', '/openapi.json')).body;
      const operations = Object.values(document.paths as Record<string, object>).reduce((n, methods) => n + Object.keys(methods).length, 0);
      console.log(
        `schemathesis as ${role}: ${tests} operations, exit ${outcome.code}\n${outcome.output
          .split('\n')
          .filter((l) => /passed|failed|errored|Test cases|Summary/.test(l))
          .join('\n')}`,
      );
      // Every operation in the document was exercised.
      expect(tests).toBe(operations);
      expect(outcome.code).toBe(0);
    },
    600_000,
  );
});
