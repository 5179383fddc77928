import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface EmbeddedProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts test/helpers/serve-embedded.ts under tsx and waits for the URL it prints. */
export function serveEmbedded(dataDir: string): Promise<EmbeddedProcess> {
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [join(__dirname, 'serve-embedded.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`embedded database process exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (!out.includes('\n')) return;
      const { url } = JSON.parse(line) as { url: string };
      child.removeAllListeners('exit');
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
