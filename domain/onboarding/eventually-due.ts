/**
 * What an approved seller still owes: the requirements that were eventually due at approval (a tax
 * ID, the trade register, a director's address...). They are asked for in a request to the seller,
 * due a fixed time after approval, so that "eventually" has a date; one left unanswered by then
 * joins the seller's investigation.
 */
export const EVENTUALLY_DUE_WITHIN_DAYS = 30;
/** A request made later than that (for sellers approved before requests were made) still gets this long. */
export const EVENTUALLY_DUE_MIN_DAYS = 14;

export function eventuallyDueDeadline(approvedAt: string, now: string): string {
  const byApproval = Date.parse(approvedAt) + EVENTUALLY_DUE_WITHIN_DAYS * 86_400_000;
  return new Date(Math.max(byApproval, Date.parse(now) + EVENTUALLY_DUE_MIN_DAYS * 86_400_000)).toISOString();
}

/** The answer's fields that each requirement is given by; what is not in this table is asked for elsewhere (documents). */
export function answersRequirement(requirement: string, answer: { business?: Record<string, unknown>; persons?: Array<{ id: string } & Record<string, unknown>> }): boolean {
  const business = /^business\.(\w+)$/.exec(requirement);
  if (business) return answer.business?.[business[1]] !== undefined;
  const person = /^persons\.([^.]+)\.(\w+)$/.exec(requirement);
  if (person) return answer.persons?.some((p) => p.id === person[1] && p[person[2]] !== undefined) ?? false;
  return false;
}
