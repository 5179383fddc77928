/** The providers one worker uses, chosen by PROVIDER_MODE. */
import type { Config } from '../config';
import { SandboxBank } from './bank/sandbox';
import type { BankAccountProvider } from './bank/types';
import { SandboxIdentity } from './identity/sandbox';
import type { IdentityProvider } from './identity/types';
import { SandboxRegistry } from './registry/sandbox';
import type { BusinessRegistryProvider } from './registry/types';

export interface Providers {
  registry: BusinessRegistryProvider;
  identity: IdentityProvider;
  bank: BankAccountProvider;
}

export function createProviders(config: Pick<Config, 'PROVIDER_MODE'>): Providers {
  if (config.PROVIDER_MODE === 'http') {
    // The http adapters (base URL, API key, timeouts) arrive with the verification issue.
    throw new Error('PROVIDER_MODE=http: the http provider adapters are not built yet; use sandbox');
  }
  return { registry: new SandboxRegistry(), identity: new SandboxIdentity(), bank: new SandboxBank() };
}
