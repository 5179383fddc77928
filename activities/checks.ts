/**
 * Verification checks. Each activity reads its subject from the database (so personal data does
 * not travel through workflow history), asks a provider with an idempotency key derived from the
 * check, records the outcome and returns it. A provider that throws is retried by Temporal.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { findApplication, findBankAccount, findPerson } from '../db/repositories/applications';
import { recordCheck } from '../db/repositories/checks';
import type { BankAccountDetails } from '../domain/bank';
import { derivedId } from '../domain/ids';
import type { CheckCode, CheckOutcome, CheckResult, PlannedCheck } from '../domain/onboarding';
import type { ActivityDeps } from './deps';

export interface CheckRequest {
  applicationId: string;
  check: PlannedCheck;
}

const checkIdOf = ({ applicationId, check }: CheckRequest) => derivedId('check', applicationId, check.kind, check.subject.id);

export function createCheckActivities(deps: ActivityDeps) {
  const { db, providers } = deps;

  async function record(request: CheckRequest, outcome: CheckOutcome): Promise<CheckResult> {
    const result: CheckResult = { checkId: checkIdOf(request), ...request.check, ...outcome };
    await recordCheck(db, request.applicationId, result);
    return result;
  }

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
    async checkBusinessRegistry(request: CheckRequest): Promise<CheckResult> {
      const app = await application(request.applicationId);
      const answer = await providers.registry.lookup({
        country: app.country,
        registrationNumber: app.business.registrationNumber ?? '',
        legalName: app.business.legalName,
        idempotencyKey: checkIdOf(request),
      });
      const provider = providers.registry.name;
      if (answer.status === 'not_found') return record(request, { status: 'needs_review', code: 'registry_not_found', provider, evidence: { found: false } });
      const evidence = { found: true, registeredName: answer.registeredName, nameMatches: answer.nameMatches, companyStatus: answer.companyStatus, incorporatedOn: answer.incorporatedOn };
      if (!answer.nameMatches) return record(request, { status: 'needs_review', code: 'registry_name_mismatch', provider, evidence });
      return record(request, { status: 'passed', provider, evidence });
    },

    async checkIdentity(request: CheckRequest): Promise<CheckResult> {
      const p = (await person(request.check.subject.id)).details;
      const answer = await providers.identity.verify({
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        document: p.idDocument,
        idempotencyKey: checkIdOf(request),
      });
      const provider = providers.identity.name;
      if (answer.status === 'verified') return record(request, { status: 'passed', provider, evidence: { documentChecked: answer.documentChecked } });
      const code: CheckCode = answer.reason === 'document_expired' ? 'identity_document_expired' : 'identity_not_verified';
      return record(request, { status: 'failed', code, provider, evidence: { reason: answer.reason } });
    },

    async screenSanctions(request: CheckRequest): Promise<CheckResult> {
      const index = await deps.screening.index();
      const subject = request.check.subject;
      const query =
        subject.type === 'person'
          ? await person(subject.id).then(({ details }) => ({ name: `${details.firstName} ${details.lastName}`, type: 'person' as const, dateOfBirth: details.dateOfBirth, country: details.nationality }))
          : await application(request.applicationId).then((app) => ({ name: app.business.legalName, type: 'organization' as const, country: app.country }));
      const matches = index.screen(query, deps.screening.threshold);
      const evidence = { listVersion: index.version, threshold: deps.screening.threshold, matches: matches.slice(0, 10) };
      if (matches.length > 0) return record(request, { status: 'needs_review', code: 'sanctions_potential_match', provider: 'sellergate-screening', evidence });
      return record(request, { status: 'passed', provider: 'sellergate-screening', evidence });
    },

    async checkBankAccount(request: CheckRequest): Promise<CheckResult> {
      const app = await application(request.applicationId);
      const account = await findBankAccount(db, request.applicationId);
      if (!account) throw ApplicationFailure.nonRetryable(`bank account of ${request.applicationId} is not stored`, 'bank_account_missing');
      const { accountHolderName, ...details } = account.details as BankAccountDetails & { accountHolderName: string };
      const answer = await providers.bank.verify({ account: details, accountHolderName, expectedName: app.business.legalName, idempotencyKey: checkIdOf(request) });
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
