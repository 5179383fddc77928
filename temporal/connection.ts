/** The Temporal client used by the API and the command line. */
import { Client, Connection } from '@temporalio/client';

export interface TemporalSettings {
  address: string;
  namespace: string;
}

/**
 * A lazy connection: the API starts (and reports not-ready) while Temporal is away, and the first
 * call after Temporal is back connects.
 */
export function createTemporalClient(settings: TemporalSettings): Client {
  const connection = Connection.lazy({ address: settings.address });
  return new Client({ connection, namespace: settings.namespace });
}
