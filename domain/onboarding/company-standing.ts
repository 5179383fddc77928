/**
 * Whether the register's status lets a company trade with us. An obliged entity may not take on a
 * customer that no longer exists or is being wound up (MLR 2017 reg. 28: identify and verify the
 * customer, which a dissolved company no longer is), so those fail the business check; a company
 * the registrar has proposed to strike off still exists, and a reviewer decides.
 *
 * The words are Companies House's `company_status` and `company_status_detail` enumerations
 * (companieshouse/api-enumerations, constants.yml); other registers' words are read the same way
 * once lower-cased with hyphens ("Struck off" is "struck-off").
 */
export type CompanyStanding =
  { standing: 'active' } | { standing: 'review'; code: 'registry_company_striking_off' | 'registry_company_status_review' } | { standing: 'inactive'; code: 'registry_company_inactive' };

/** Ended, or in a formal insolvency that takes the business out of its directors' hands. */
const inactive = new Set([
  'dissolved',
  'struck-off',
  'liquidation',
  'in-liquidation',
  'administration',
  'in-administration',
  'receivership',
  'insolvency-proceedings',
  'converted-closed',
  'closed',
  'removed',
  'cancelled',
  'inactive',
]);

/** Trading: a company, or an overseas entity's UK establishment ("open") or registration ("registered"). */
const trading = new Set(['active', 'open', 'registered']);

/** Details that put an active company's existence in doubt. */
const doubtful = new Set(['active-proposal-to-strike-off', 'petition-to-restore-dissolved']);

const word = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

export function companyStanding(status: string, detail?: string): CompanyStanding {
  const s = word(status);
  if (inactive.has(s)) return { standing: 'inactive', code: 'registry_company_inactive' };
  if (detail && doubtful.has(word(detail))) return { standing: 'review', code: 'registry_company_striking_off' };
  if (s === 'active-proposal-to-strike-off') return { standing: 'review', code: 'registry_company_striking_off' };
  if (trading.has(s)) return { standing: 'active' };
  // A voluntary arrangement keeps the company trading under its directors, and a word we do not know
  // is not a verdict: a reviewer looks at both.
  return { standing: 'review', code: 'registry_company_status_review' };
}
