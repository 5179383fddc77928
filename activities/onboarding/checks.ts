/**
 * Verification checks. Each activity reads its subject from the database (so personal data does
 * not travel through workflow history), asks a provider with an idempotency key derived from the
 * check, records the outcome and returns it. A provider that throws is retried by Temporal.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { findApplication, findBankAccount, findPerson } from '../../db/onboarding/applications';
import { latestVerdicts } from '../../db/screening/adjudications';
import { screeningSubject } from '../../db/screening/subjects';
import { screeningSubjectFingerprint } from '../../domain/shared/fingerprints';
import type { BankAccountDetails } from '../../domain/onboarding/bank';
import type { CheckOutcome, CheckResult } from '../../domain/onboarding/onboarding';
import { identityOutcome } from '../../domain/onboarding/identity';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import type { ActivityDeps } from '../shared/deps';
import { idempotencyKeyOf, recordOutcome, type CheckRequest } from './check-records';
import { screeningTimer } from '../shared/screening-latency';

export { checkIdOf, recordOutcome, type CheckRequest } from './check-records';

export function createCheckActivities(deps: ActivityDeps) {
  const { db, providers } = deps;
  const record = (request: CheckRequest, outcome: CheckOutcome) => recordOutcome(db, request, outcome);

  async function application(id: string) {
    const app = await findApplication(db, id);
    if (!app) throw ApplicationFailure.nonRetryable(`application ${id} is not stored`, 'application_missing');
    return app;
  }

  async function person(id: string) {
    const p = await findPerson(db, id);
    if (!p) throw ApplicationFailure.nonRetryable(`person ${id} is not stored`, 'person_missing');
    return p;
  }

  return {
    /** The identity check of workflows started before identity became a child workflow (still replayed). */
    async checkIdentity(request: CheckRequest): Promise<CheckResult> {
      const p = (await person(request.check.subject.id)).details;
      const checkId = idempotencyKeyOf(request);
      const answer = await providers.identity.verify({
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        document: p.idDocument,
        idempotencyKey: checkId,
        clientReference: checkId,
      });
      const provider = providers.identity.name;
      if (answer.status === 'pending') return record(request, { status: 'needs_review', code: 'identity_no_answer', provider, evidence: { providerReference: answer.reference } });
      return record(request, identityOutcome(provider, answer));
    },

    async screenSanctions(request: CheckRequest): Promise<CheckResult> {
      const index = await deps.screening.index();
      const query = await screeningSubject(db, request.applicationId, request.check.subject);
      if (!query) throw ApplicationFailure.nonRetryable(`subject ${request.check.subject.id} is not stored`, 'subject_missing');
      const found = screeningTimer('onboarding')(() => index.screen(query, deps.screening.threshold));
      // Matches a reviewer already judged false positives, for this subject and this entry as it is, stay cleared.
      const verdicts = found.length > 0 ? await latestVerdicts(db, screeningSubjectFingerprint(deps.fingerprintKey, query)) : [];
      const judged = found.map((m) => ({ m, verdict: verdicts.find((v) => v.verdict === 'false_positive' && v.entry_id === m.entryId && v.entry_digest === m.entryDigest) }));
      const matches = judged.filter((j) => !j.verdict).map((j) => j.m);
      const cleared = judged.flatMap(({ m, verdict }) => (verdict ? [{ entryId: m.entryId, score: m.score, adjudicationId: verdict.id, adjudicatedBy: verdict.actor_name }] : []));
      // Against the shipped synthetic list, the result says so: it proves nothing about real lists.
      const evidence = {
        listVersion: index.version,
        ...(index.synthetic ? { syntheticList: true } : {}),
        threshold: deps.screening.threshold,
        matches: matches.slice(0, 10),
        ...(cleared.length > 0 ? { cleared } : {}),
      };
      if (matches.length > 0) return record(request, { status: 'needs_review', code: 'sanctions_potential_match', provider: 'sellergate-screening', evidence });
      return record(request, { status: 'passed', provider: 'sellergate-screening', evidence });
    },

    /** The tax ID and the VAT number (whichever were given) with the tax authority. */
    async checkTaxId(request: CheckRequest): Promise<CheckResult> {
      const app = await application(request.applicationId);
      const given = (
        [
          ['tax_id', app.business.taxId],
          ['vat', app.business.vatNumber],
        ] as const
      ).filter((entry): entry is readonly ['tax_id' | 'vat', string] => Boolean(entry[1]));
      const provider = providers.tax.name;
      const results = [];
      for (const [kind, value] of given) {
        const { compact, scheme } = checkTaxId(app.country, kind, value);
        const authority = providers.tax.for(app.country, kind);
        const answer = await authority.verify({ country: app.country, kind, number: compact, legalName: app.business.legalName, idempotencyKey: `${idempotencyKeyOf(request)}:${kind}` });
        results.push({
          kind,
          scheme: scheme ?? null,
          last4: compact.slice(-4),
          result: answer.status,
          // Where another authority answered (VIES), its name and its record of the consultation.
          ...(authority.name !== provider ? { authority: authority.name } : {}),
          ...(answer.reference ? { reference: answer.reference } : {}),
          ...(answer.status === 'match' && answer.nameDisclosed === false ? { nameDisclosed: false } : {}),
        });
      }
      const evidence = { identifiers: results };
      if (results.some((r) => r.result === 'not_registered')) return record(request, { status: 'failed', code: 'tax_id_invalid', provider, evidence });
      if (results.some((r) => r.result === 'name_mismatch')) return record(request, { status: 'failed', code: 'tax_id_not_matched', provider, evidence });
      return record(request, { status: 'passed', provider, evidence });
    },

    async checkBankAccount(request: CheckRequest): Promise<CheckResult> {
      const app = await application(request.applicationId);
      const account = await findBankAccount(db, request.applicationId);
      if (!account) throw ApplicationFailure.nonRetryable(`bank account of ${request.applicationId} is not stored`, 'bank_account_missing');
      const { accountHolderName, ...details } = account.details as BankAccountDetails & { accountHolderName: string };
      const answer = await providers.bank.verify({ account: details, accountHolderName, expectedName: app.business.legalName, idempotencyKey: idempotencyKeyOf(request) });
      const provider = providers.bank.name;
      const evidence = { scheme: account.scheme, last4: account.last4, result: answer.status };
      switch (answer.status) {
        case 'match':
          return record(request, { status: 'passed', provider, evidence });
        case 'account_not_found':
          return record(request, { status: 'failed', code: 'bank_account_invalid', provider, evidence });
        default:
          return record(request, { status: 'needs_review', code: 'bank_account_name_mismatch', provider, evidence });
      }
    },

    /** When a provider kept failing: the check goes to a human with the reason, the workflow carries on. */
    async recordUnavailableCheck(request: CheckRequest & { error: string }): Promise<CheckResult> {
      return record(request, { status: 'needs_review', code: 'provider_unavailable', provider: 'unavailable', evidence: { error: request.error.slice(0, 500) } });
    },
  };
}
