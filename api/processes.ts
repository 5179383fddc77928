/**
 * The API as N processes on one port (API_PROCESSES): a primary forks N API processes with
 * node:cluster, which share the listening socket, so one machine's cores serve one address. What they
 * must agree on is already in Postgres (rate limits, read-audit windows); each keeps its own key cache
 * and list index. The primary holds no database or Temporal connection. It:
 * - stops everything with exit 1 if a process fails before it listens (a start-up failure is not
 *   retried in a loop), and starts a new process when one that was serving dies;
 * - passes SIGTERM/SIGINT to every process and exits when they have drained and stopped;
 * - answers /metrics for all of them: the process that receives the scrape asks the primary, which
 *   gathers every process's registry (prom-client's AggregatorRegistry: counters and histograms
 *   summed, the figures read from the database taken once).
 */
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

const READY = 'sellergate:api-ready';
const METRICS_REQUEST = 'sellergate:metrics-request';
const METRICS_ANSWER = 'sellergate:metrics-answer';

type Message = { type: string; id?: number; text?: string; error?: string };

export function isApiProcessOfMany(): boolean {
  return cluster.isWorker;
}

/** Run in the primary: forks `count` API processes and watches them; resolves with the exit code. */
export function runApiProcesses(count: number, log: (message: string, fields?: Record<string, unknown>) => void): Promise<number> {
  const aggregator = new AggregatorRegistry();
  const serving = new Set<Worker>();
  let stopping = false;
  let failure = 0;
  return new Promise((resolve) => {
    const fork = () => {
      const worker = cluster.fork();
      worker.on('message', (message: Message) => {
        if (message?.type === READY) {
          serving.add(worker);
          if (serving.size === count) log('api processes listening', { processes: count });
        }
        if (message?.type === METRICS_REQUEST) {
          aggregator.clusterMetrics().then(
            (text) => worker.send({ type: METRICS_ANSWER, id: message.id, text }),
            (err: Error) => worker.send({ type: METRICS_ANSWER, id: message.id, error: err.message }),
          );
        }
      });
      worker.on('exit', (code, signal) => {
        const wasServing = serving.delete(worker);
        if (!stopping && !wasServing) {
          // It never listened: the same failure would meet every new one.
          log('api process failed to start; stopping', { code, signal });
          stopping = true;
          failure = code || 1;
          for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
        } else if (!stopping) {
          log('api process died; starting another', { code, signal });
          fork();
          return;
        }
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve(failure);
      });
    };
    for (let i = 0; i < count; i++) fork();
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log('api processes stopping', { signal });
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) resolve(0);
      for (const worker of workers) worker?.process.kill(signal);
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}

/** In an API process of many: the primary's gathering of metrics reads `registry`. */
export function shareMetrics(registry: Registry): void {
  if (!cluster.isWorker) return;
  // Constructing one is what makes prom-client answer the primary's requests in this process.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/** In an API process of many: tells the primary it listens. */
export function announceListening(): void {
  if (cluster.isWorker) process.send?.({ type: READY });
}

let asked = 0;
const waiting = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();
if (cluster.isWorker) {
  process.on('message', (message: Message) => {
    if (message?.type !== METRICS_ANSWER || message.id === undefined) return;
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.text ?? '');
  });
}

/** Every API process's metrics, as the primary gathers them. */
export function metricsOfAllProcesses(): Promise<string> {
  const id = ++asked;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    process.send?.({ type: METRICS_REQUEST, id });
    setTimeout(() => {
      if (waiting.delete(id)) reject(new Error('the primary did not gather the metrics within 10 s'));
    }, 10_000).unref();
  });
}
