/**
 * Installs moto's server (a local fake of the S3 API, from PyPI) into .tools/moto, for the test of
 * the S3 document storage. Skips the install when MOTO_SERVER_PATH, the PATH or the tools folder
 * already has moto_server. Not needed to run Sellergate, only to test its S3 adapter: a failed
 * install is reported and that one test says it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TOOLS_DIR } from '../temporal/binaries';
import { resolveMotoServer } from '../test/helpers/moto';

const MOTO = 'moto[server]==5.2.5';

if (resolveMotoServer()) {
  console.log(`moto server: ${resolveMotoServer()}`);
} else {
  const venv = join(TOOLS_DIR, 'moto');
  try {
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', MOTO], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`moto server: installed ${MOTO} into ${venv}`);
  } catch (err) {
    console.warn(`moto server: could not install ${MOTO} (${(err as Error).message}); the S3 storage test will be skipped`);
  }
}
