/**
 * The process logger. Personal data is kept out by construction (we log IDs, not bodies). As a second
 * line of defence, every key that names personal data is censored at any depth of what is logged
 * (pino's own redact paths reach fixed depths only), including meta the Temporal SDK passes on.
 */
import pino from 'pino';

/** Keys whose values are personal data or secrets wherever they appear in a logged object. */
const personalKeys = new Set([
  'authorization',
  'firstName',
  'lastName',
  'dateOfBirth',
  'email',
  'phone',
  'iban',
  'accountNumber',
  'sortCode',
  'routingNumber',
  'taxId',
  'vatNumber',
  'number',
  'legalName',
  'tradingName',
  'accountHolderName',
  'line1',
  'line2',
  'postalCode',
  'contact',
  'statement',
  'description',
]);
const CENSOR = '[redacted]';

/** A copy with personal keys censored at every depth (arrays included); cycles and depth are bounded. */
export function redactDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: value.message, stack: value.stack };
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, personalKeys.has(k) ? CENSOR : redactDeep(v, depth + 1, seen)]));
}

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream) {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'sellergate' },
    formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
    redact: { paths: ['req.headers.authorization'], censor: CENSOR },
  };
  return pino(options, destination ?? standardOutput());
}

let stdout: (pino.DestinationStream & { flushSync(): void }) | undefined;

/**
 * Standard output written asynchronously: a request's log line no longer blocks the request (it was
 * 7% of a GET's CPU). One buffer for every logger of the process, written out when the process exits,
 * so what was logged before an exit, a failed start included, is not lost.
 */
function standardOutput() {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: false });
    process.once('exit', () => destination.flushSync());
    stdout = destination;
  }
  return stdout;
}
