/**
 * Requests for information: a reviewer names what is missing or wrong, the seller answers through
 * the frontend, and only the checks the answer touches run again. The seller has 14 days, with
 * reminders on days 7 and 12; no answer and the application expires. (A policy version, so a change
 * of these numbers is visible in every record that used them.) Pure and type-only in its imports, so
 * the workflow can use it; the answer's schema lives in information-answer.ts.
 */
import type { ApplicationSubmission } from './application';
import type { PlannedCheck } from './onboarding';

export const INFORMATION_POLICY = { version: 'rfi-2026-11-v1', deadlineDays: 14, reminderDays: [7, 12] } as const;

export interface InformationRequestState {
  requestId: string;
  items: string[];
  requestedAt: string;
  dueAt: string;
  status: 'open' | 'answered' | 'expired';
}

export type { InformationAnswer } from './information-answer';
import type { InformationAnswer } from './information-answer';

/** The submission with the answer applied: what the rules and the checks see from now on. */
export function applyAnswer(submission: ApplicationSubmission, personIds: string[], answer: InformationAnswer): ApplicationSubmission {
  const persons = submission.persons.map((p, i) => {
    const { id: _id, ...changes } = answer.persons?.find((a) => a.id === personIds[i]) ?? { id: '' };
    return { ...p, ...changes };
  });
  return {
    ...submission,
    business: { ...submission.business, ...answer.business },
    persons,
    bankAccount: answer.bankAccount ?? submission.bankAccount,
  };
}

/** Which planned checks an answer touches: only those run again. */
export function affectedChecks(plan: PlannedCheck[], answer: InformationAnswer): PlannedCheck[] {
  const b = answer.business;
  const changedPersons = new Set((answer.persons ?? []).filter((p) => p.firstName || p.lastName || p.dateOfBirth || p.idDocument || p.nationality).map((p) => p.id));
  const renamed = new Set((answer.persons ?? []).filter((p) => p.firstName || p.lastName || p.dateOfBirth || p.nationality).map((p) => p.id));
  return plan.filter((c) => {
    switch (c.kind) {
      case 'business_registry':
        return Boolean(b?.registrationNumber || b?.legalName || b?.address);
      case 'tax_id':
        return Boolean(b?.taxId || b?.vatNumber || b?.legalName);
      case 'sanctions':
        return c.subject.type === 'business' ? Boolean(b?.legalName) : renamed.has(c.subject.id);
      case 'identity':
        return changedPersons.has(c.subject.id);
      case 'bank_account':
        return answer.bankAccount !== undefined || Boolean(b?.legalName);
    }
  });
}

/** Field names an answer changed, for the audit trail (names, never values). */
export function changedFields(answer: InformationAnswer): string[] {
  return [
    ...Object.keys(answer.business ?? {}).map((k) => `business.${k}`),
    ...(answer.persons ?? []).flatMap((p) =>
      Object.keys(p)
        .filter((k) => k !== 'id')
        .map((k) => `persons.${p.id}.${k}`),
    ),
    ...(answer.bankAccount ? ['bankAccount'] : []),
    ...(answer.documents ?? []).map((id) => `documents.${id}`),
  ];
}
