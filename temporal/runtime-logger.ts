/**
 * The Temporal SDK's logs (the worker's own, workflow code's `log`, activities' context logger)
 * through the process's pino logger, so one process writes one stream with one redaction. The SDK
 * adds the workflow ID, run ID, workflow type and, for activities, the activity's ID and type as meta.
 */
import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/common';
import type { Logger } from 'pino';

const levels: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

export function temporalLoggerFor(logger: Logger): TemporalLogger {
  const sdk = logger.child({ component: 'temporal' });
  const at = (level: LogLevel) => (message: string, meta?: LogMetadata) => sdk[levels[level]]({ ...meta }, message);
  return {
    log: (level, message, meta) => at(level)(message, meta),
    trace: at('TRACE'),
    debug: at('DEBUG'),
    info: at('INFO'),
    warn: at('WARN'),
    error: at('ERROR'),
  };
}
