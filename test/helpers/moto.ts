/** moto's S3 server for the test of the S3 document storage: found, started on a free port, stopped. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS_DIR } from '../../temporal/binaries';

export function resolveMotoServer(): string | undefined {
  if (process.env.MOTO_SERVER_PATH && existsSync(process.env.MOTO_SERVER_PATH)) return process.env.MOTO_SERVER_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v moto_server'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    const local = join(TOOLS_DIR, 'moto', 'bin', 'moto_server');
    return existsSync(local) ? local : undefined;
  }
}

export async function startMoto(path: string, port: number): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn(path, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/moto-api/`)).status < 500) break;
    } catch {
      if (Date.now() > deadline) throw new Error('moto server did not start within 60 s');
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return { url, stop: () => child.kill('SIGTERM') };
}
