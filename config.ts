/**
 * The environment, parsed and checked once. A bad value stops start-up with a message naming the
 * variable; nothing else in the code reads process.env for settings.
 */
import { DEFAULT_MISUSE_POLICY, type MisusePolicy } from './domain/notices/misuse-policy';
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { MAX_SELLER_RANGES } from './domain/performance/seller-ranges';
import { listFileName } from './domain/screening/list-file-name';
import { DEFAULT_DOCUMENT_MAX_BYTES } from './domain/onboarding/documents';
import { parseKeyring, type Keyring } from './domain/shared/keyring';
import { DEFAULT_IDENTITY_ANSWER_TIMEOUT_HOURS } from './domain/onboarding/identity';

const port = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  /**
   * embedded: one machine, development defaults allowed (npm start, tests). production: every
   * process (API, worker, command line) refuses to start without its own keys, the official lists
   * and real providers, and refuses the development secrets and the synthetic list.
   */
  SELLERGATE_MODE: z.enum(['embedded', 'production']).default('embedded'),
  PORT: port.default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** Port the embedded PGlite database is served on over the Postgres wire protocol. */
  EMBEDDED_DB_PORT: port.default(5499),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'host:port')
    .optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  /**
   * A real cluster's connection (temporal/cluster-connection.ts): TLS with the cluster's CA (unset:
   * the system's trusted roots), mutual TLS with this process's certificate and key, or Temporal
   * Cloud's API key. TEMPORAL_TLS unset: on when any of the others is set.
   */
  TEMPORAL_TLS: z.enum(['on', 'off']).optional(),
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  /** The name the cluster's certificate is checked against, when it differs from TEMPORAL_ADDRESS's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('sellergate'),
  /**
   * Worker deployment versioning (docs/workflow-versioning.md): workers report the deployment name
   * and the workflow build, short workflows are pinned to the build they started on, long ones
   * move to the current build. Unset: on in production mode, off in the embedded mode.
   */
  TEMPORAL_WORKER_VERSIONING: z.enum(['on', 'off']).optional(),
  TEMPORAL_DEPLOYMENT_NAME: z.string().min(1).max(200).default('sellergate'),
  /**
   * When a worker makes its build the deployment's current version: `first` only when the
   * deployment has none yet (the first rollout; later ones are promoted by the operator), `always`
   * at every start (one build at a time), `never`.
   */
  TEMPORAL_PROMOTE_BUILD: z.enum(['first', 'always', 'never']).default('first'),
  /** Ports of the local Temporal dev server started when TEMPORAL_ADDRESS is unset. */
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_DEV_UI_PORT: port.default(8233),
  SANCTIONS_LIST_FILES: z.string().optional(),
  /** Instead of files: the publishers' URLs, downloaded on a schedule (providers/sanctions/list-downloads.ts). */
  SANCTIONS_LIST_URLS: z.string().optional(),
  SANCTIONS_LIST_DOWNLOAD_MINUTES: z.coerce.number().int().positive().max(10_080).default(60),
  /** How often the worker looks for a changed sanctions list file (and then re-screens every seller). */
  SANCTIONS_LIST_CHECK_SECONDS: z.coerce.number().positive().default(300),
  /** A list older than this (by its stated publication time, else its file's) makes /readyz degraded. */
  SANCTIONS_LIST_MAX_AGE_HOURS: z.coerce.number().positive().default(36),
  /** Score at or above which a screening result is a potential match (0..1). */
  /** How long a reviewer has to decide a potential sanctions match on a trading seller, whose payouts are held meanwhile. */
  SANCTIONS_HIT_SLA_HOURS: z.coerce.number().positive().max(720).default(24),
  SCREENING_THRESHOLD: z.coerce.number().min(0.5).max(1).default(0.88),
  PROVIDER_MODE: z.enum(['sandbox', 'http']).default('sandbox'),
  /** The API's address as providers (callbacks) reach it; unset: http://127.0.0.1:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Shared with the identity vendor: it signs its callbacks with this secret. */
  IDENTITY_CALLBACK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How long an identity verification waits for the vendor's callback before a reviewer takes over. */
  IDENTITY_ANSWER_TIMEOUT_HOURS: z.coerce.number().positive().default(DEFAULT_IDENTITY_ANSWER_TIMEOUT_HOURS),
  /** How long the sandbox identity vendor takes to call back for a last name containing LATER. */
  SANDBOX_CALLBACK_DELAY_SECONDS: z.coerce.number().min(0).default(2),
  /** The http vendor adapters (PROVIDER_MODE=http): base URL and API key per capability. */
  REGISTRY_API_URL: z.string().url().optional(),
  REGISTRY_API_KEY: z.string().min(1).optional(),
  IDENTITY_API_URL: z.string().url().optional(),
  IDENTITY_API_KEY: z.string().min(1).optional(),
  BANK_API_URL: z.string().url().optional(),
  BANK_API_KEY: z.string().min(1).optional(),
  TAX_API_URL: z.string().url().optional(),
  TAX_API_KEY: z.string().min(1).optional(),
  CONTACT_API_URL: z.string().url().optional(),
  CONTACT_API_KEY: z.string().min(1).optional(),
  /**
   * UK Companies House Public Data API: with a key, GB companies are looked up there (profile,
   * officers, persons with significant control) in either provider mode; other countries keep the
   * registry of PROVIDER_MODE.
   */
  COMPANIES_HOUSE_API_KEY: z.string().min(1).optional(),
  COMPANIES_HOUSE_API_URL: z.string().url().default('https://api.company-information.service.gov.uk'),
  /** The EU's VIES REST API (https://ec.europa.eu/taxation_customs/vies/rest-api): with it, EU VAT numbers are checked there in either provider mode. */
  VIES_API_URL: z.string().url().optional(),
  /** GLEIF's LEI API (https://api.gleif.org/api/v1): with it, an LEI given is checked there with its parents. */
  GLEIF_API_URL: z.string().url().optional(),
  /**
   * Veriff (identity verification): with a key and its shared secret key, persons are verified there
   * in either provider mode, and its decision webhooks are taken at /v1/provider-callbacks/veriff.
   */
  VERIFF_API_URL: z.string().url().default('https://stationapi.veriff.com'),
  VERIFF_API_KEY: z.string().min(1).optional(),
  VERIFF_SHARED_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How many companies above a seller are followed to find its beneficial owners. */
  REGISTRY_OWNERSHIP_DEPTH: z.coerce.number().int().min(1).max(10).default(5),
  /** The obliged entity named in register discrepancy reports (MLR 2017 reg. 30A). */
  OBLIGED_ENTITY_NAME: z.string().min(1).max(200).optional(),
  OBLIGED_ENTITY_EMAIL: z.email().optional(),
  /** A vendor call that takes longer is abandoned and retried by Temporal. */
  PROVIDER_TIMEOUT_SECONDS: z.coerce.number().positive().default(10),
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).default('Sellergate <no-reply@sellergate.local>'),
  /** Comma-separated addresses told about reviewer events (SLA breaches). */
  REVIEWER_NOTIFICATION_EMAILS: z.string().optional(),
  /** Where signed webhooks go (the onboarding frontend's receiver), and the signing secret. */
  WEBHOOK_URL: z.string().url().optional(),
  WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Requests a minute per API key (across every API process with RATE_LIMIT_STORE=database) before 429
   * with Retry-After. 6,000 (100 a second) is what a backend integrator meets at payment APIs (Stripe's
   * live-mode limit, https://docs.stripe.com/rate-limits); 1,200 refused a marketplace syncing its sellers.
   */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  /** The standalone API as this many processes on one port (node:cluster, api/processes.ts); one per core is the usual choice. */
  API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  /** How long an API process trusts an API key it looked up: a key revoked elsewhere is refused within it (0: every request). */
  API_KEY_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  /** Stopping: how long an API process keeps answering (readyz 503) before it stops accepting connections. Default: 5 in production mode, else 0. */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).optional(),
  /** Stopping: how long requests in flight (API) and tasks in flight (worker) get to finish before they are cut. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).default(30),
  /** When set, GET /metrics wants it as a bearer token. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** The worker's Prometheus exporter for the Temporal SDK's metrics and its own (host:port, e.g. 0.0.0.0:9464); unset: none. */
  TEMPORAL_METRICS_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'must be host:port')
    .optional(),
  /** Where the rate limit's buckets live: `database` (shared by every API process) or `memory` (this process). */
  RATE_LIMIT_STORE: z.enum(['database', 'memory']).optional(),
  /** Express's "trust proxy": set behind a load balancer (a hop count, or its addresses) so the client's address is known. */
  TRUST_PROXY: z.string().min(1).optional(),
  /** Wrong or missing API keys one source address may send a minute before it is refused unlooked-up. */
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(60),
  REVIEW_SLA_HOURS: z.coerce.number().positive().default(24),
  /** How long a reviewer has to decide a notice of illegal content (DSA Art. 16(6): "timely"), and a trusted flagger's (Art. 22(1): with priority). */
  /** The investigators' targets per two-month period: SLA attainment (0-1) and the backlog's median age (hours). */
  SLA_ATTAINMENT_TARGET: z.coerce.number().min(0).max(1).default(0.95),
  BACKLOG_AGE_TARGET_HOURS: z.coerce.number().positive().default(48),
  /** The share of decided investigations, notices and disputes sampled for a second, blind review (0 to 1). */
  QA_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0.1),
  NOTICE_SLA_HOURS: z.coerce.number().positive().default(72),
  TRUSTED_FLAGGER_SLA_HOURS: z.coerce.number().positive().default(24),
  /** The misuse policy of DSA Art. 23 (domain/notices/misuse-policy.ts), as the marketplace's terms set it out (Art. 23(4)). */
  MISUSE_WINDOW_DAYS: z.coerce.number().int().min(1).max(730).default(DEFAULT_MISUSE_POLICY.windowDays),
  MISUSE_ILLEGAL_CONTENT_COUNT: z.coerce.number().int().min(1).default(DEFAULT_MISUSE_POLICY.illegalContentCount),
  MISUSE_ILLEGAL_CONTENT_SHARE: z.coerce.number().min(0).max(1).default(DEFAULT_MISUSE_POLICY.illegalContentShare),
  MISUSE_UNFOUNDED_NOTICE_COUNT: z.coerce.number().int().min(1).default(DEFAULT_MISUSE_POLICY.unfoundedNoticeCount),
  MISUSE_UNFOUNDED_NOTICE_SHARE: z.coerce.number().min(0).max(1).default(DEFAULT_MISUSE_POLICY.unfoundedNoticeShare),
  MISUSE_SUSPENSION_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_MISUSE_POLICY.suspensionDays),
  /** AES-256-GCM keys "id:base64,id2:base64" (the first encrypts): Temporal payloads and personal fields at rest. */
  ENCRYPTION_KEYS: z.string().optional(),
  /** The Temporal UI's origin, allowed to call the codec endpoint (/codec) from the browser. */
  TEMPORAL_UI_ORIGIN: z.string().url().default('http://localhost:8233'),
  /** HMAC key of the cross-seller fingerprints; the development default must not be used in production. */
  FINGERPRINT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** HMAC key of the audit trail's checkpoints (32+ characters); unset: derived from FINGERPRINT_KEY. */
  AUDIT_CHECKPOINT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How often the heads of the audit trail's chains are checkpointed (minutes). */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** Replaces every enforcement step's notice period (hours): for sandboxes and tests, never production. */
  ENFORCEMENT_NOTICE_HOURS: z.coerce.number().min(0).optional(),
  // The daily performance cycle in this many ranges of sellers, each its own activity (domain/performance/seller-ranges.ts).
  PERFORMANCE_RANGES: z.coerce.number().int().min(1).max(MAX_SELLER_RANGES).default(1),
  /** Where uploaded documents are kept: a directory under DATA_DIR, or S3-compatible object storage. */
  DOCUMENT_STORAGE: z.enum(['directory', 's3']).default('directory'),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .max(100 * 1024 * 1024)
    .default(DEFAULT_DOCUMENT_MAX_BYTES),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** A prebuilt workflow bundle for the standalone worker (tests that restart it often); unset: it bundles workflows/. */
  WORKFLOW_BUNDLE_PATH: z.string().optional(),
  /**
   * The EU DSA Transparency Database (Art. 24(5)): its API's base URL (production
   * https://transparency.dsa.ec.europa.eu, or the sandbox the Digital Services Coordinator gives)
   * and the platform's API token. Unset: statements of reasons are queued and shown, not sent.
   */
  TRANSPARENCY_DATABASE_URL: z.string().url().optional(),
  TRANSPARENCY_DATABASE_TOKEN: z.string().min(1).optional(),
  /** How often the queued statements are sent (minutes). */
  TRANSPARENCY_DATABASE_SUBMIT_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  mode: 'embedded' | 'production';
  /** TEMPORAL_WORKER_VERSIONING, with its default for the mode. */
  workerVersioning: boolean;
  /** RATE_LIMIT_STORE, with its default: shared in the database when there is a real one (DATABASE_URL). */
  rateLimitStore: 'database' | 'memory';
  /** SHUTDOWN_DRAIN_SECONDS with its default for the mode. */
  shutdownDrainSeconds: number;
  dataDir: string;
  sanctionsListFiles: string[];
  /** SANCTIONS_LIST_URLS: what to download and where this process keeps the published files (sanctionsListFiles are in it). */
  sanctionsListDownload?: { urls: string[]; dir: string };
  fingerprintKey: string;
  /** AUDIT_CHECKPOINT_KEY, or a key derived from the fingerprint key. */
  auditCheckpointKey: string;
  publicUrl: string;
  identityCallbackSecret: string;
  keyring: Keyring;
  /** The MISUSE_* variables as one policy, handed to each notice process when it starts. */
  misusePolicy: MisusePolicy;
};

export const DEVELOPMENT_FINGERPRINT_KEY = 'sellergate-development-fingerprint-key-not-secret';
export const DEVELOPMENT_CALLBACK_SECRET = 'sellergate-development-callback-secret';
/** The embedded mode's encryption key: fixed, so a restart reads what it wrote; never for production. */
export const DEVELOPMENT_ENCRYPTION_KEYS = `dev:${Buffer.from('sellergate-development-key-32byt').toString('base64')}`;

/** The variables PROVIDER_MODE=http cannot run without. */
const httpProviderVariables = [
  'REGISTRY_API_URL',
  'REGISTRY_API_KEY',
  'IDENTITY_API_URL',
  'IDENTITY_API_KEY',
  'BANK_API_URL',
  'BANK_API_KEY',
  'TAX_API_URL',
  'TAX_API_KEY',
  'CONTACT_API_URL',
  'CONTACT_API_KEY',
  'IDENTITY_CALLBACK_SECRET',
] as const;

export class ConfigError extends Error {}

export const FIXTURE_SANCTIONS_LIST = resolve(__dirname, 'providers', 'sanctions', 'synthetic', 'sdn-synthetic.csv');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": docker-compose and shells often pass VAR= through.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.TRANSPARENCY_DATABASE_URL && !c.TRANSPARENCY_DATABASE_TOKEN) throw new ConfigError('invalid configuration:\n  TRANSPARENCY_DATABASE_TOKEN: is required with TRANSPARENCY_DATABASE_URL');
  if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) throw new ConfigError('invalid configuration:\n  WEBHOOK_SECRET: is required with WEBHOOK_URL');
  if (c.DOCUMENT_STORAGE === 's3' && !c.S3_BUCKET) throw new ConfigError('invalid configuration:\n  S3_BUCKET: is required with DOCUMENT_STORAGE=s3');
  if (c.VERIFF_API_KEY && !c.VERIFF_SHARED_SECRET) throw new ConfigError('invalid configuration:\n  VERIFF_SHARED_SECRET: is required with VERIFF_API_KEY (it signs the decision webhooks)');
  if (!c.TEMPORAL_TLS_CERT_FILE !== !c.TEMPORAL_TLS_KEY_FILE)
    throw new ConfigError(
      `invalid configuration:\n  ${c.TEMPORAL_TLS_CERT_FILE ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE'}: is required with ${c.TEMPORAL_TLS_CERT_FILE ? 'TEMPORAL_TLS_CERT_FILE' : 'TEMPORAL_TLS_KEY_FILE'} (mutual TLS needs both)`,
    );
  if (c.TEMPORAL_TLS === 'off' && c.TEMPORAL_API_KEY) throw new ConfigError('invalid configuration:\n  TEMPORAL_API_KEY: is sent only over TLS; TEMPORAL_TLS=off would send it in clear');
  if (c.PROVIDER_MODE === 'http') {
    // Veriff, when configured, is the identity vendor: the generic identity adapter's settings are then not needed.
    const missing = httpProviderVariables.filter((v) => !c[v] && !(c.VERIFF_API_KEY && v.startsWith('IDENTITY_')));
    if (missing.length > 0) throw new ConfigError(`invalid configuration:\n${missing.map((v) => `  ${v}: is required with PROVIDER_MODE=http`).join('\n')}`);
  }
  const sanctionsListDownload = listDownloadSettings(c);
  const sanctionsListFiles = sanctionsListDownload
    ? sanctionsListDownload.urls.map((u) => join(sanctionsListDownload.dir, listFileName(u)))
    : c.SANCTIONS_LIST_FILES
      ? c.SANCTIONS_LIST_FILES.split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : [FIXTURE_SANCTIONS_LIST];
  let keyring: Keyring;
  try {
    keyring = parseKeyring(c.ENCRYPTION_KEYS ?? DEVELOPMENT_ENCRYPTION_KEYS);
  } catch (err) {
    throw new ConfigError(`invalid configuration:\n  ENCRYPTION_KEYS: ${(err as Error).message}`);
  }
  if (c.SELLERGATE_MODE === 'production') {
    const refused = productionProblems(c, sanctionsListFiles);
    if (refused.length > 0) throw new ConfigError(`invalid configuration for SELLERGATE_MODE=production:\n${refused.map((l) => `  ${l}`).join('\n')}`);
  }
  return {
    ...c,
    mode: c.SELLERGATE_MODE,
    shutdownDrainSeconds: c.SHUTDOWN_DRAIN_SECONDS ?? (c.SELLERGATE_MODE === 'production' ? 5 : 0),
    rateLimitStore: c.RATE_LIMIT_STORE ?? (c.DATABASE_URL ? 'database' : 'memory'),
    workerVersioning: (c.TEMPORAL_WORKER_VERSIONING ?? (c.SELLERGATE_MODE === 'production' ? 'on' : 'off')) === 'on',
    keyring,
    dataDir: resolve(c.DATA_DIR),
    sanctionsListFiles,
    sanctionsListDownload,
    fingerprintKey: c.FINGERPRINT_KEY ?? DEVELOPMENT_FINGERPRINT_KEY,
    // Its own key, so the fingerprints' key does not also sign the audit trail; every process derives the same.
    auditCheckpointKey:
      c.AUDIT_CHECKPOINT_KEY ??
      createHmac('sha256', c.FINGERPRINT_KEY ?? DEVELOPMENT_FINGERPRINT_KEY)
        .update('sellergate audit checkpoint')
        .digest('hex'),
    publicUrl: (c.PUBLIC_URL ?? `http://127.0.0.1:${c.PORT}`).replace(/\/+$/, ''),
    identityCallbackSecret: c.IDENTITY_CALLBACK_SECRET ?? DEVELOPMENT_CALLBACK_SECRET,
    misusePolicy: {
      windowDays: c.MISUSE_WINDOW_DAYS,
      illegalContentCount: c.MISUSE_ILLEGAL_CONTENT_COUNT,
      illegalContentShare: c.MISUSE_ILLEGAL_CONTENT_SHARE,
      unfoundedNoticeCount: c.MISUSE_UNFOUNDED_NOTICE_COUNT,
      unfoundedNoticeShare: c.MISUSE_UNFOUNDED_NOTICE_SHARE,
      suspensionDays: c.MISUSE_SUSPENSION_DAYS,
    },
  };
}

/** What a process run on its own (npm run api, npm run worker) needs, the same for both, so they never disagree. */
const standaloneVariables = ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'ENCRYPTION_KEYS', 'FINGERPRINT_KEY', 'SANCTIONS_LIST_FILES'] as const;
const standaloneReasons: Record<(typeof standaloneVariables)[number], string> = {
  DATABASE_URL: 'the Postgres the other processes use',
  TEMPORAL_ADDRESS: 'the Temporal cluster (host:port)',
  ENCRYPTION_KEYS: 'the keys every process shares (id:base64 of 32 random bytes)',
  FINGERPRINT_KEY: 'the fingerprint key every process shares (32+ characters)',
  SANCTIONS_LIST_FILES: 'the official list files (e.g. OFAC SDN.CSV), or SANCTIONS_LIST_URLS to download them: the API screens ad hoc against the same lists as the worker',
};

function missingStandalone(c: Partial<Record<(typeof standaloneVariables)[number] | 'SANCTIONS_LIST_URLS', unknown>>): string[] {
  // Downloaded lists stand in for list files.
  return standaloneVariables.filter((v) => !c[v] && !(v === 'SANCTIONS_LIST_FILES' && c.SANCTIONS_LIST_URLS)).map((v) => `${v}: is required (${standaloneReasons[v]})`);
}

/** SANCTIONS_LIST_URLS: each an http(s) URL, each file name once (the loaders read the names), not with SANCTIONS_LIST_FILES. */
function listDownloadSettings(c: { SANCTIONS_LIST_URLS?: string; SANCTIONS_LIST_FILES?: string; DATA_DIR: string }) {
  if (!c.SANCTIONS_LIST_URLS) return undefined;
  if (c.SANCTIONS_LIST_FILES) throw new ConfigError('invalid configuration:\n  SANCTIONS_LIST_URLS: give the lists as files or as URLs, not both (SANCTIONS_LIST_FILES is set)');
  const urls = c.SANCTIONS_LIST_URLS.split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const names = new Set<string>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`invalid configuration:\n  SANCTIONS_LIST_URLS: ${url} is not a URL`);
    }
    if (!/^https?:$/.test(parsed.protocol)) throw new ConfigError(`invalid configuration:\n  SANCTIONS_LIST_URLS: ${url} is not http(s)`);
    const name = listFileName(url);
    if (!name || names.has(name))
      throw new ConfigError(`invalid configuration:\n  SANCTIONS_LIST_URLS: ${url} ${name ? `names the file ${name} a second time` : 'names no file'} (each list file is kept under its own name)`);
    names.add(name);
  }
  return { urls, dir: join(resolve(c.DATA_DIR), 'sanctions-lists') };
}

/** Real vendors call back to PUBLIC_URL; a worker on its own would otherwise tell them its own 127.0.0.1:PORT. */
function missingPublicUrl(c: { PUBLIC_URL?: string; PROVIDER_MODE?: string; VERIFF_API_KEY?: string }): string[] {
  return !c.PUBLIC_URL && (c.PROVIDER_MODE === 'http' || c.VERIFF_API_KEY) ? ['PUBLIC_URL: is required with real vendors (they call back to it; a process on its own cannot know it)'] : [];
}

function productionProblems(c: z.infer<typeof schema>, lists: string[]): string[] {
  const problems = [...missingStandalone(c), ...missingPublicUrl(c)];
  if (c.PROVIDER_MODE === 'sandbox') problems.push('PROVIDER_MODE: sandbox providers approve whatever their magic values say; production needs http');
  const developmentKey = DEVELOPMENT_ENCRYPTION_KEYS.split(':')[1];
  if (c.ENCRYPTION_KEYS?.split(',').some((k) => k.trim().split(':')[1] === developmentKey)) problems.push('ENCRYPTION_KEYS: holds the development key, which is public');
  if (c.FINGERPRINT_KEY === DEVELOPMENT_FINGERPRINT_KEY) problems.push('FINGERPRINT_KEY: is the development key, which is public');
  if (c.IDENTITY_CALLBACK_SECRET === DEVELOPMENT_CALLBACK_SECRET) problems.push('IDENTITY_CALLBACK_SECRET: is the development secret, which is public');
  if (c.SANCTIONS_LIST_FILES && lists.some((f) => resolve(f) === FIXTURE_SANCTIONS_LIST)) problems.push('SANCTIONS_LIST_FILES: names the synthetic test list, which would pass the sanctioned');
  if (c.ENFORCEMENT_NOTICE_HOURS !== undefined) problems.push('ENFORCEMENT_NOTICE_HOURS: replaces the notice periods sellers are owed; for sandboxes and tests only');
  return problems;
}

/** Stops a process started on its own without what it shares with the others (api/main.ts, worker.ts). */
export function assertStandalone(config: Config, process: 'API' | 'worker'): void {
  const missing = [...missingStandalone(config), ...missingPublicUrl(config)];
  if (missing.length > 0) throw new ConfigError(`the standalone ${process} needs (use \`npm start\` for the embedded mode):\n${missing.map((l) => `  ${l}`).join('\n')}`);
}
