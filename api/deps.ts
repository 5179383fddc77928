import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/knex';

/** What the HTTP app is built from. */
export interface ApiDeps {
  config: Pick<Config, 'TEMPORAL_TASK_QUEUE' | 'TEMPORAL_NAMESPACE'>;
  db: Db;
  temporal: Client;
  logger: Logger;
}
