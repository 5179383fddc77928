/** What the activities are built from: handed in by the worker, replaced by fakes at the edges in tests. */
import type { Client } from '@temporalio/client';
import type { Db } from '../../db/knex';
import type { DocumentStorage } from '../../providers/storage';
import type { ScreeningIndex } from '../../domain/screening/screening-index';
import type { Providers } from '../../providers';
import type { NotificationDeps } from './notification-deps';
import type { TransparencyDatabaseClient } from '../../providers/transparency-database/client';

export interface ActivityDeps {
  db: Db;
  providers: Providers;
  /** The same settings the API's ad-hoc screening uses (providers/sanctions/lists.ts screeningFor). */
  screening: { index: () => Promise<ScreeningIndex>; threshold: number };
  reviewSlaHours: number;
  /** How long an identity verification waits for a vendor's callback before a reviewer takes over. */
  identityAnswerTimeoutHours: number;
  notifications: NotificationDeps;
  /** Where uploaded documents are (retention deletes them). */
  documents?: DocumentStorage;
  /** ENFORCEMENT_NOTICE_HOURS: replaces the policy's notice periods (sandboxes and tests). */
  enforcementNoticeHours?: number;
  /** SANCTIONS_LIST_URLS: the publishers' URLs and this worker's folder for the published files. */
  sanctionsListDownload?: { urls: string[]; dir: string };
  /** PERFORMANCE_RANGES: how many activities, in parallel across the workers, evaluate the daily cycle. */
  performanceRanges?: number;
  /** For activities that start or signal other workflows (the performance review's hand-over). */
  temporal?: { client: Client; taskQueue: string };
  /** Key of the HMAC fingerprints used to match bank accounts, tax IDs and persons across sellers. */
  fingerprintKey: string;
  /** Signs the audit trail's checkpoints (config.auditCheckpointKey). */
  auditCheckpointKey: string;
  /** SANCTIONS_HIT_SLA_HOURS: how long a reviewer has to decide a hit on a trading seller (its payouts are held meanwhile). */
  sanctionsHitSlaHours?: number;
  /** REGISTRY_OWNERSHIP_DEPTH and the obliged entity named in register discrepancy reports. */
  registry?: { ownershipDepth: number; obligedEntity?: { name?: string; email?: string } };
  /** QA_SAMPLE_RATE: the share of decided investigations, notices and disputes sent to a second, blind review. */
  qaSampleRate?: number;
  /** The EU DSA Transparency Database's API (TRANSPARENCY_DATABASE_URL); unset: statements wait in their queue. */
  transparencyDatabase?: TransparencyDatabaseClient;
}
