/**
 * Serves one PGlite database to several Postgres wire-protocol connections.
 *
 * PGlite has a single session. pglite-socket's multiplexer queues individual protocol messages,
 * so under load one connection's Parse can land between another's Parse and Bind ("unnamed
 * prepared statement does not exist"; we saw it with the worker's parallel checks). Here a
 * connection holds the session from its first message until the server reports ReadyForQuery
 * with status Idle, i.e. until its statement (or its whole transaction) is done. That is the
 * serialisation a single-session database needs, and it keeps transactions whole.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const GSS_REQUEST = 80877104;
const MAX_MESSAGE = 1 << 30; // Postgres's own limit on a protocol message

/** A FIFO lock over the one session. */
class SessionLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

/** True when the bytes end with ReadyForQuery('I'): the session is idle, outside a transaction. */
function endsIdle(output: Buffer): boolean {
  const n = output.length;
  return n >= 6 && output[n - 6] === 0x5a && output.readInt32BE(n - 5) === 5 && output[n - 1] === 0x49;
}

class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private release: (() => void) | undefined;
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly lock: SessionLock,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.work = this.work
        .then(() => this.drain())
        .catch(() => {
          socket.destroy();
        });
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.work = this.work.then(() => this.abandon());
    });
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (length < 8 || length > MAX_MESSAGE) return this.refuse();
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        const message = this.take(length);
        if (code === SSL_REQUEST || code === GSS_REQUEST) {
          this.socket.write('N'); // no encryption on loopback
          continue;
        }
        if (code === CANCEL_REQUEST) continue; // not supported by PGlite
        this.started = true;
        await this.run(message, true);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1) + 1;
      if (length < 5 || length > MAX_MESSAGE) return this.refuse();
      if (this.buffer.length < length) return;
      const type = this.buffer[0];
      const message = this.take(length);
      if (type === 0x58 /* Terminate */) {
        await this.abandon();
        this.socket.end();
        return;
      }
      // Sync and simple Query end a unit of work; everything else waits for one.
      await this.run(message, type === 0x53 || type === 0x51);
    }
  }

  /** A length no client sends: drop the connection rather than misread the stream. */
  private refuse(): void {
    this.buffer = Buffer.alloc(0);
    this.socket.destroy();
  }

  private take(length: number): Uint8Array {
    const message = new Uint8Array(this.buffer.subarray(0, length));
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private async run(message: Uint8Array, endsUnit: boolean): Promise<void> {
    if (!this.release) this.release = await this.lock.acquire();
    const output: Buffer[] = [];
    try {
      await this.db.execProtocolRawStream(message, {
        onRawData: (data) => {
          const chunk = Buffer.from(data);
          output.push(chunk);
          if (!this.socket.destroyed) this.socket.write(chunk);
        },
      });
    } finally {
      if (endsUnit && endsIdle(Buffer.concat(output))) this.unlock();
    }
  }

  /** A client that vanished mid-transaction must not keep the session: roll back and let go. */
  private async abandon(): Promise<void> {
    if (!this.release) return;
    try {
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    } finally {
      this.unlock();
    }
  }

  private unlock(): void {
    const release = this.release;
    this.release = undefined;
    release?.();
  }
}

export interface PgliteServer {
  port: number;
  /** Stops listening and drops the open connections (their transactions roll back). */
  close(): Promise<void>;
}

export async function servePglite(db: PGlite, host: string, port: number): Promise<PgliteServer> {
  const lock = new SessionLock();
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    new Connection(socket, db, lock);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
