import { createServer } from 'node:net';

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A run of free ports for a Temporal dev server, which listens on its port and the next ten
 * (history, matching, worker, HTTP). Chosen below the kernel's ephemeral range (32768+), where an
 * outgoing connection could take one of them between our check and the server's start.
 */
export async function freePortBlock(size = 12): Promise<number> {
  const bindable = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 10_000);
    let ok = true;
    for (let p = base; p < base + size && ok; p++) ok = await bindable(p);
    if (ok) return base;
  }
  throw new Error('no block of free ports found');
}
