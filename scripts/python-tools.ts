/**
 * Test tools that come from PyPI (moto's S3 server, the schemathesis API fuzzer): each found by
 * an environment variable naming it, then the PATH, then its own venv under the tools folder, where
 * scripts/ensure-test-tools.ts installs it. None is needed to run Sellergate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS_DIR } from '../temporal/binaries';

export interface PythonTool {
  /** The executable's name, on the PATH and in the venv's bin folder. */
  binary: string;
  /** The environment variable that names the executable. */
  envVar: string;
  /** The pinned requirement pip installs. */
  requirement: string;
  /** The venv folder under the tools folder. */
  venv: string;
}

export const moto: PythonTool = { binary: 'moto_server', envVar: 'MOTO_SERVER_PATH', requirement: 'moto[server]==5.2.5', venv: 'moto' };
export const schemathesis: PythonTool = { binary: 'schemathesis', envVar: 'SCHEMATHESIS_PATH', requirement: 'schemathesis==4.32.5', venv: 'schemathesis' };

export function resolvePythonTool(tool: PythonTool): string | undefined {
  const named = process.env[tool.envVar];
  if (named && existsSync(named)) return named;
  try {
    const onPath = execFileSync('sh', ['-c', `command -v ${tool.binary}`], { encoding: 'utf8' }).trim();
    if (onPath) return onPath;
  } catch {
    /* not on the PATH */
  }
  const local = join(TOOLS_DIR, tool.venv, 'bin', tool.binary);
  return existsSync(local) ? local : undefined;
}

/** Installs the tool into its venv unless it is found already; returns where it is, or undefined with a warning. */
export function ensurePythonTool(tool: PythonTool, neededFor: string): string | undefined {
  const found = resolvePythonTool(tool);
  if (found) return found;
  const venv = join(TOOLS_DIR, tool.venv);
  try {
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', tool.requirement], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`${tool.binary}: installed ${tool.requirement} into ${venv}`);
    return resolvePythonTool(tool);
  } catch (err) {
    console.warn(`${tool.binary}: could not install ${tool.requirement} (${(err as Error).message}); ${neededFor} will be skipped`);
    return undefined;
  }
}
