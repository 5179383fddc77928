/**
 * Graceful shutdown of an API process (SIGTERM from the orchestrator, or Ctrl-C):
 * 1. it says it is stopping: /readyz answers 503 and every answer carries `Connection: close`, so the
 *    load balancer takes it out of rotation and clients reconnect elsewhere;
 * 2. after SHUTDOWN_DRAIN_SECONDS (the load balancer's time to notice) it stops accepting
 *    connections and closes the idle ones;
 * 3. requests in flight finish; whatever is still open after SHUTDOWN_GRACE_SECONDS is cut.
 * Nothing accepted is lost by a cut: a request's effects are a workflow start or a transaction,
 * both all or nothing, and the client's retry with its Idempotency-Key gets the stored answer.
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';

export class ApiLifecycle {
  stopping = false;
}

export async function shutDownGracefully(server: Server, lifecycle: ApiLifecycle, options: { drainMs: number; graceMs: number; logger: Logger }): Promise<'finished' | 'cut'> {
  lifecycle.stopping = true;
  options.logger.info({ drainMs: options.drainMs, graceMs: options.graceMs }, 'api stopping: not ready, draining');
  await new Promise((r) => setTimeout(r, options.drainMs));
  const closed = new Promise<void>((r) => server.close(() => r()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([closed.then(() => 'finished' as const), new Promise<'cut'>((r) => (timer = setTimeout(() => r('cut'), options.graceMs)))]);
  clearTimeout(timer);
  if (outcome === 'cut') {
    options.logger.warn({ graceMs: options.graceMs }, 'api stopping: requests still open after the grace time are cut');
    server.closeAllConnections();
    await closed;
  }
  return outcome;
}
