/** A trusted flagger's registration (DSA Art. 22), recorded by its activity; the workflow ID derives from the flagger's client. */
import type { TrustedFlaggerInput } from '../../domain/notices/schemas';
import type { Actor } from '../../domain/shared/actor';
import { records } from '../shared/activities';

export async function trustedFlaggerRegistration(input: { flaggerId: string; input: TrustedFlaggerInput; actor: Actor }) {
  return records.registerTrustedFlagger(input);
}
