/**
 * GET /metrics in the Prometheus text format, for the operator's scraper:
 * - this process: request latency by route (the route's template, never its IDs), the latency of
 *   ad-hoc screenings, and Node's own figures (CPU, memory, event-loop lag, GC);
 * - the system, read from the database at scrape time (the same in every API process, so take one
 *   or the max, not the sum; with API_PROCESSES the port answers for all its processes at once): review queue depth, age of the oldest task and SLA breaches per
 *   queue, notification deliveries failing or given up per channel, and each sanctions list's age.
 * The worker's figures (Temporal's task and activity latencies, its screening latency) come from
 * its own exporter (TEMPORAL_METRICS_ADDRESS). With METRICS_TOKEN set, a scraper must send it as
 * a bearer token; nothing here is personal data either way.
 */
import { timingSafeEqual } from 'node:crypto';
import { basename } from 'node:path';
import { Router } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { deliveryFigures, queueFigures } from '../../db/operations/operational-figures';
import { latestDownloadStatus } from '../../db/screening/list-downloads';
import { confirmedAt } from '../../domain/screening/list-freshness';
import type { ListSource } from '../../domain/screening/screening-index';
import type { ApiDeps } from '../deps';
import { Problem } from '../shared/problem';
import { isApiProcessOfMany, metricsOfAllProcesses, shareMetrics } from '../processes';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface ApiMetrics {
  registry: Registry;
  request(method: string, route: string, status: number, seconds: number): void;
  screening(seconds: number): void;
}

const built = new WeakMap<ApiDeps, ApiMetrics>();

export function apiMetrics(deps: ApiDeps): ApiMetrics {
  const existing = built.get(deps);
  if (existing) return existing;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Histogram({
    name: 'sellergate_http_request_duration_seconds',
    help: 'API request latency by method, route template and status class',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const screenings = new Histogram({
    name: 'sellergate_screening_duration_seconds',
    help: 'Ad-hoc screening latency in this API process (POST /v1/screenings)',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  systemGauges(deps, registry);
  const metrics: ApiMetrics = {
    registry,
    request: (method, route, status, seconds) => requests.observe({ method, route, status: `${Math.floor(status / 100)}xx` }, seconds),
    screening: (seconds) => screenings.observe(seconds),
  };
  built.set(deps, metrics);
  return metrics;
}

/** Gauges read at scrape time; one query each, run together. */
function systemGauges(deps: ApiDeps, registry: Registry): void {
  let latest: Promise<Awaited<ReturnType<typeof readFigures>>> | undefined;
  // One read per scrape, shared by the gauges (prom-client collects each gauge on its own).
  const figures = () => (latest ??= readFigures(deps).finally(() => setTimeout(() => (latest = undefined), 1000)));
  new Gauge({
    name: 'sellergate_review_queue_depth',
    help: 'Review tasks still to be worked, per queue',
    labelNames: ['queue'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      for (const q of (await figures()).queues) this.set({ queue: q.queue }, q.depth);
    },
  });
  new Gauge({
    name: 'sellergate_review_queue_oldest_age_seconds',
    help: 'Age of the oldest review task still to be worked, per queue',
    labelNames: ['queue'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      for (const q of (await figures()).queues) this.set({ queue: q.queue }, q.oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'sellergate_review_sla_breaches',
    help: 'Review tasks still to be worked past their SLA, per queue',
    labelNames: ['queue'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      for (const q of (await figures()).queues) this.set({ queue: q.queue }, q.slaBreaches);
    },
  });
  new Gauge({
    name: 'sellergate_notification_deliveries_failing',
    help: 'Webhook and email deliveries being retried after a failed attempt, per channel',
    labelNames: ['channel'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      for (const d of (await figures()).deliveries) this.set({ channel: d.channel }, d.failing);
    },
  });
  new Gauge({
    name: 'sellergate_notification_deliveries_failed',
    help: 'Webhook and email deliveries given up on, per channel',
    labelNames: ['channel'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      for (const d of (await figures()).deliveries) this.set({ channel: d.channel }, d.failed);
    },
  });
  new Gauge({
    name: 'sellergate_sanctions_list_download_failing',
    help: 'With SANCTIONS_LIST_URLS: 1 while the last download of the lists failed (the set in use stays), else 0',
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      const failing = (await figures()).downloadFailing;
      if (failing !== undefined) this.set(failing);
    },
  });
  new Gauge({
    name: 'sellergate_sanctions_list_age_seconds',
    help: 'Age of each sanctions list publication screened against (from its stated publication date, else its file time, or for downloaded lists the last download that found it current)',
    labelNames: ['list'],
    registers: [registry],
    // The same in every API process: gathered from many (API_PROCESSES), taken once.
    aggregator: 'first',
    async collect() {
      this.reset();
      const now = Date.now();
      for (const s of (await figures()).lists) this.set({ list: s.list }, Math.max(0, (now - s.at) / 1000));
    },
  });
}

async function readFigures(deps: ApiDeps) {
  const downloads = !!deps.config.sanctionsListDownload;
  const [queues, deliveries, index, download] = await Promise.all([queueFigures(deps.db), deliveryFigures(deps.db), deps.screening.index(), downloads ? latestDownloadStatus(deps.db) : undefined]);
  return {
    queues,
    deliveries,
    lists: listAges(confirmedAt(index.sources, download?.lastGoodAt)),
    downloadFailing: download ? (download.last?.outcome === 'failed' ? 1 : 0) : undefined,
  };
}

/** Each list by its file's name (paths differ between machines), aged from the publication time it states, else its file time. */
function listAges(sources: readonly ListSource[]): { list: string; at: number }[] {
  return sources.map((s) => ({ list: basename(s.file), at: new Date(s.publishedAt ?? s.modifiedAt).getTime() }));
}

export function metricsRouter(deps: ApiDeps): Router {
  const router = Router();
  const { registry } = apiMetrics(deps);
  shareMetrics(registry);
  const token = deps.config.METRICS_TOKEN;
  router.get('/metrics', async (req, res) => {
    if (token && !sameSecret(req.header('authorization') ?? '', `Bearer ${token}`)) throw new Problem('authentication_required', 'Send the metrics token as "Authorization: Bearer <token>"');
    res.set('Content-Type', registry.contentType).send(isApiProcessOfMany() ? await metricsOfAllProcesses() : await registry.metrics());
  });
  return router;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
