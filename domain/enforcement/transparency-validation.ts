/**
 * The Transparency Database's own validation of a statement of reasons, rule for rule, written from
 * its public source (digital-services-act/transparency-database: app/Services/GroupedSubmissionsService.php
 * multi_rules(), the rules of POST /api/v1/statements, which StatementStoreRequest.php repeats for the
 * single endpoint). Errors come back as the database answers them: field -> messages. We run it before
 * anything is sent, so a statement the database would refuse is never part of a batch (the batch
 * endpoint is all-or-nothing), and the tests' fake database refuses with it.
 */
import {
  TDB_ACCOUNT_TYPES,
  TDB_AUTOMATED_DECISIONS,
  TDB_CATEGORIES,
  TDB_CONTENT_TYPES,
  TDB_COUNTRY_CODES,
  TDB_DECISION_ACCOUNTS,
  TDB_DECISION_GROUNDS,
  TDB_DECISION_MONETARIES,
  TDB_DECISION_PROVISIONS,
  TDB_DECISION_VISIBILITIES,
  TDB_KEYWORDS,
  TDB_MAX_BATCH,
  TDB_SOURCE_TYPES,
  TDB_YES_NO,
} from './transparency-vocabulary';

export type TdbErrors = Record<string, string[]>;

/** Every field the database reads; it drops any other (Laravel's validated()). */
export const TDB_FIELDS = [
  'decision_visibility',
  'decision_visibility_other',
  'decision_monetary',
  'decision_monetary_other',
  'decision_provision',
  'decision_account',
  'account_type',
  'category_specification',
  'category_specification_other',
  'decision_ground',
  'decision_ground_reference_url',
  'illegal_content_legal_ground',
  'illegal_content_explanation',
  'incompatible_content_ground',
  'incompatible_content_explanation',
  'incompatible_content_illegal',
  'content_type',
  'content_type_other',
  'category',
  'category_addition',
  'territorial_scope',
  'content_language',
  'content_date',
  'application_date',
  'end_date_account_restriction',
  'end_date_monetary_restriction',
  'end_date_service_restriction',
  'end_date_visibility_restriction',
  'decision_facts',
  'source_type',
  'source_identity',
  'automated_detection',
  'automated_decision',
  'puid',
] as const;

const label = (field: string) => field.replace(/_/g, ' ');
/** Laravel's "present": not missing, not null, not an empty string or array. */
const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (v: string) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export function validateTdbStatement(s: Record<string, unknown>): TdbErrors {
  const errors: TdbErrors = {};
  const fail = (field: string, message: string) => (errors[field] ??= []).push(message);
  const has = (field: string) => present(s[field]);

  const oneOf = (field: string, allowed: readonly string[], nullable = true) => {
    const v = s[field];
    if (!present(v)) return nullable || fail(field, `The ${label(field)} field is required.`);
    if (typeof v !== 'string' || !allowed.includes(v)) fail(field, `The selected ${label(field)} is invalid.`);
  };
  const manyOf = (field: string, allowed: readonly string[]) => {
    const v = s[field];
    if (v === undefined || v === null) return;
    if (!Array.isArray(v)) return fail(field, `The ${label(field)} field must be an array.`);
    if (v.some((x) => typeof x !== 'string' || !allowed.includes(x))) fail(field, `The selected ${label(field)} is invalid.`);
  };
  const text = (field: string, max: number, required: boolean) => {
    const v = s[field];
    if (!present(v)) return required && fail(field, `The ${label(field)} field is required.`);
    if (typeof v !== 'string') return fail(field, `The ${label(field)} field must be a string.`);
    if (v.length > max) fail(field, `The ${label(field)} field must not be greater than ${max} characters.`);
  };
  const day = (field: string, required: boolean, after?: string) => {
    const v = s[field];
    if (!present(v)) return required && fail(field, `The ${label(field)} field is required.`);
    if (typeof v !== 'string' || !validDay(v)) return fail(field, `The ${label(field)} does not match the format YYYY-MM-DD.`);
    if (after && v < after) fail(field, `The ${label(field)} field must be a date after or equal to ${after}.`);
    if (v > '2038-01-01') fail(field, `The ${label(field)} field must be a date before or equal to 2038-01-01.`);
  };

  // At least one of the four kinds of restriction (required_without_all).
  const decisions = ['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'];
  for (const field of decisions) {
    if (!has(field) && !decisions.some((other) => other !== field && has(other)))
      fail(
        field,
        `The ${label(field)} field is required when none of ${decisions
          .filter((d) => d !== field)
          .map(label)
          .join(' / ')} are present.`,
      );
  }
  manyOf('decision_visibility', TDB_DECISION_VISIBILITIES);
  const visibility = Array.isArray(s.decision_visibility) ? s.decision_visibility : [];
  if (visibility.includes('DECISION_VISIBILITY_OTHER')) text('decision_visibility_other', 500, true);
  if (has('decision_monetary')) oneOf('decision_monetary', TDB_DECISION_MONETARIES);
  if (s.decision_monetary === 'DECISION_MONETARY_OTHER') text('decision_monetary_other', 500, true);
  if (has('decision_provision')) oneOf('decision_provision', TDB_DECISION_PROVISIONS);
  if (has('decision_account')) oneOf('decision_account', TDB_DECISION_ACCOUNTS);
  oneOf('account_type', TDB_ACCOUNT_TYPES);
  manyOf('category_specification', TDB_KEYWORDS);
  text('category_specification_other', 500, false);

  oneOf('decision_ground', TDB_DECISION_GROUNDS, false);
  if (has('decision_ground_reference_url')) {
    text('decision_ground_reference_url', 500, false);
    if (!URL.canParse(String(s.decision_ground_reference_url))) fail('decision_ground_reference_url', 'The decision ground reference url field must be a valid URL.');
  }
  if (s.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT') {
    text('illegal_content_legal_ground', 500, true);
    text('illegal_content_explanation', 2000, true);
  }
  if (s.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT') {
    text('incompatible_content_ground', 500, true);
    text('incompatible_content_explanation', 2000, true);
    oneOf('incompatible_content_illegal', TDB_YES_NO);
  }

  if (!has('content_type')) fail('content_type', 'The content type field is required.');
  else manyOf('content_type', TDB_CONTENT_TYPES);
  if (Array.isArray(s.content_type) && s.content_type.includes('CONTENT_TYPE_OTHER')) text('content_type_other', 500, true);

  oneOf('category', TDB_CATEGORIES, false);
  manyOf('category_addition', TDB_CATEGORIES);
  manyOf('territorial_scope', TDB_COUNTRY_CODES);

  day('content_date', true, '2000-01-01');
  day('application_date', true, '2020-01-01');
  for (const field of ['end_date_account_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_visibility_restriction']) day(field, false);

  text('decision_facts', 5000, true);
  oneOf('source_type', TDB_SOURCE_TYPES, false);
  text('source_identity', 500, false);
  oneOf('automated_detection', TDB_YES_NO, false);
  oneOf('automated_decision', TDB_AUTOMATED_DECISIONS, false);
  text('puid', 500, true);
  if (has('puid') && !/^[a-zA-Z0-9\-_]+$/.test(String(s.puid))) fail('puid', 'The puid field format is invalid.');
  return errors;
}

/** A whole call to the multiple endpoint: errors per statement ("statement_<index>"), as the database indexes them. */
export function validateTdbBatch(statements: Record<string, unknown>[]): { message?: string; errors: Record<string, TdbErrors> } {
  if (statements.length < 1 || statements.length > TDB_MAX_BATCH) return { message: `The statements field must have between 1 and ${TDB_MAX_BATCH} items.`, errors: {} };
  const errors: Record<string, TdbErrors> = {};
  statements.forEach((s, i) => {
    const e = validateTdbStatement(s);
    if (Object.keys(e).length > 0) errors[`statement_${i}`] = e;
  });
  return { errors };
}
