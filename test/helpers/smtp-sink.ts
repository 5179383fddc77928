/** A local SMTP server that keeps what it receives, so tests can see which emails were sent. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  raw: string;
  subject: string;
  eventId?: string;
  messageId?: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedEmail[];
  /** Called as each email arrives (a fault test cuts the database right after a send). */
  onReceive?: (email: ReceivedEmail) => void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const sink = { received } as SmtpSink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString()));
      stream.on('end', () => {
        const header = (name: string) => raw.match(new RegExp(`^${name}: (.*)$`, 'mi'))?.[1]?.trim();
        const email = { to: session.envelope.rcptTo.map((r) => r.address), raw, subject: header('Subject') ?? '', eventId: header('X-Sellergate-Event'), messageId: header('Message-ID') };
        received.push(email);
        sink.onReceive?.(email);
        done();
      });
    },
  });
  // A sender killed mid-conversation (the worker-kill fault test) resets its connection; smtp-server
  // reports that as an 'error' event, which unheard would crash the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(sink, { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) });
}
