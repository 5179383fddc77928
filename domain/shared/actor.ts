/** Who did something: an API key's holder, or the system itself. Every audited change names one. */

export interface Actor {
  /** API key ID, or 'system' for the workflow itself. */
  id: string;
  name: string;
  role: string;
}

export const systemActor: Actor = { id: 'system', name: 'sellergate', role: 'system' };
