/** Side effects of account groups: the devices and IP addresses the marketplace reports, kept as fingerprints. */
import { addIdentifiers } from '../../db/account-groups/identifiers';
import { reportedValue } from '../../domain/account-groups/identifiers';
import type { ReportedKind } from '../../domain/account-groups/link-kinds';
import type { Actor } from '../../domain/shared/actor';
import { identifierFingerprint } from '../../domain/shared/fingerprints';
import { appendAudit } from '../../db/shared/audit';
import type { ActivityDeps } from '../shared/deps';

export interface IdentifierReport {
  sellerId: string;
  identifiers: { kind: ReportedKind; value: string }[];
  actor: Actor;
  requestId?: string;
}

export function createAccountGroupActivities({ db, fingerprintKey }: ActivityDeps) {
  return {
    /** Adds what the marketplace saw; the values themselves are never stored, nor written to the trail. */
    async recordReportedIdentifiers({ sellerId, identifiers, actor, requestId }: IdentifierReport): Promise<{ added: number }> {
      return db.transaction(async (trx) => {
        const fingerprints = identifiers.map((i) => ({ kind: i.kind, fingerprint: identifierFingerprint(fingerprintKey, i.kind, reportedValue(i.kind, i.value)) }));
        const added = await addIdentifiers(trx, sellerId, fingerprints, 'marketplace');
        if (added > 0)
          await appendAudit(trx, {
            actor,
            action: 'seller.identifiers_reported',
            subjectType: 'seller',
            subjectId: sellerId,
            data: { added, kinds: [...new Set(identifiers.map((i) => i.kind))] },
            requestId,
          });
        return { added };
      });
    },
  };
}
