/**
 * A real headless browser for the console's end-to-end tests: Debian's chromium driven by
 * playwright-core (Playwright's own browser download cannot reach the internet here). Found by
 * CHROMIUM_PATH, then the PATH; `.ci/run` installs the package. Screenshots go to test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export function resolveChromium(): string | undefined {
  const named = process.env.CHROMIUM_PATH;
  if (named && existsSync(named)) return named;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export const artifactsDir = (name: string) => {
  const dir = join(__dirname, '..', '..', 'test-artifacts', name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
