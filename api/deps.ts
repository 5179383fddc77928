import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/knex';
import type { ScreeningIndex } from '../domain/screening/screening-index';
import type { ApiLifecycle } from './shutdown';

/** What the HTTP app is built from. */
export interface ApiDeps {
  config: Config;
  db: Db;
  temporal: Client;
  logger: Logger;
  /** The sanctions index (built once per list version) and the potential-match threshold. */
  screening: { index: () => Promise<ScreeningIndex>; threshold: number };
  /** Set while the process shuts down (api/shutdown.ts): /readyz answers 503, connections close. */
  lifecycle?: ApiLifecycle;
}
