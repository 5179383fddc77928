/** moto's S3 server for the test of the S3 document storage: found, started on a free port, stopped. */
import { spawn, type ChildProcess } from 'node:child_process';
import { moto, resolvePythonTool } from '../../scripts/python-tools';

export const resolveMotoServer = () => resolvePythonTool(moto);

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
