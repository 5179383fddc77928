/**
 * The embedded database: PGlite (Postgres compiled to WebAssembly) persisted under the data
 * directory and served over the Postgres wire protocol (db/pglite-server.ts), so the API, the worker
 * and the command line all use the same `pg` code path as production. PGlite is one process's
 * database: whoever starts first serves it, and writes the port to a file for the others.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { servePglite } from './pglite-server';

export interface EmbeddedDatabase {
  url: string;
  /** Stops serving and closes the database, when this process is the one serving it. */
  close(): Promise<void>;
}

function urlFor(port: number): string {
  return `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function reachable(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

export async function openEmbeddedDatabase(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const marker = join(dataDir, 'pglite.json');
  try {
    const running = JSON.parse(readFileSync(marker, 'utf8')) as { port: number };
    if (await reachable(running.port)) return { url: urlFor(running.port), close: async () => {} };
  } catch {
    /* nobody is serving it yet */
  }
  // Loaded lazily: only the embedded mode needs the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(join(dataDir, 'pglite'), { recursive: true });
  const db = await PGlite.create(join(dataDir, 'pglite'));
  // Port 0 asks the OS for a free port (tests).
  const server = await servePglite(db, '127.0.0.1', port);
  const actualPort = server.port;
  writeFileSync(marker, JSON.stringify({ port: actualPort, pid: process.pid }));
  return {
    url: urlFor(actualPort),
    close: async () => {
      await server.close();
      await db.close();
      rmSync(marker, { force: true });
    },
  };
}
