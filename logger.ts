/**
 * The process logger. Personal data is kept out by construction (we log IDs, not bodies), and the
 * redaction list is a second line of defence for fields that might slip into an object we log.
 */
import pino from 'pino';

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream) {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'sellergate' },
    redact: {
      paths: ['*.authorization', 'req.headers.authorization', '*.firstName', '*.lastName', '*.dateOfBirth', '*.email', '*.phone', '*.iban', '*.accountNumber', '*.taxId', '*.number'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
