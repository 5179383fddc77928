/**
 * Takes the API's port, or fails with a message an operator can act on (a busy port is the usual
 * start-up failure, and Node's own error for it names no variable).
 */
import type { Server } from 'node:http';
import type { Express } from 'express';

export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host === undefined ? app.listen(port) : app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} is in use (set PORT to a free one)`) : err));
  });
}
