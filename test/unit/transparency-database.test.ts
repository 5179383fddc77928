/**
 * The Transparency Database export against the database's own rules: the validator is checked on
 * the examples of the database's API documentation (transparency-database repository,
 * resources/views/api.blade.php), then every kind of restriction we export passes it, while what
 * main exported before (a removed category, no content_date, warnings) does not.
 */
import { EEA_COUNTRIES, performanceStatement, type EnforcementType, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import { transparencyDatabaseStatement, type EnforcementForExport } from '../../domain/enforcement/transparency-statement';
import { TDB_FIELDS, validateTdbBatch, validateTdbStatement } from '../../domain/enforcement/transparency-validation';
import { ladderStep, violatedRules } from '../../domain/performance/policy';
import { sanctionsHoldStatement } from '../../domain/screening/sanctions-hold';
import { sums } from '../helpers/performance-sums';

/** The create-statement example of the database's API documentation, as published. */
const documentedExample = {
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
  decision_monetary: 'DECISION_MONETARY_TERMINATION',
  end_date_monetary_restriction: '2023-08-08',
  decision_provision: 'DECISION_PROVISION_TOTAL_SUSPENSION',
  decision_account: 'DECISION_ACCOUNT_SUSPENDED',
  account_type: 'ACCOUNT_TYPE_BUSINESS',
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
  decision_ground_reference_url: 'https://www.anurl.com',
  content_type: ['CONTENT_TYPE_VIDEO', 'CONTENT_TYPE_AUDIO', 'CONTENT_TYPE_SYNTHETIC_MEDIA'],
  category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
  illegal_content_legal_ground: 'illegal content legal grounds',
  illegal_content_explanation: 'illegal content explanation',
  incompatible_content_ground: 'incompatible content grounds',
  incompatible_content_explanation: 'incompatible content explanation',
  incompatible_content_illegal: 'Yes',
  territorial_scope: ['PT', 'ES', 'DE'],
  content_date: '2023-08-08',
  content_id: { 'EAN-13': '0123456789123' },
  application_date: '2023-08-08',
  decision_facts: 'facts about the decision',
  source_type: 'SOURCE_TRUSTED_FLAGGER',
  automated_detection: 'No',
  automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
  puid: 'TK421',
};

/** What main exported for a performance suspension before this change (domain/enforcement.ts at 2b965c1). */
const exportedBefore = {
  decision_provision: 'DECISION_PROVISION_TOTAL_SUSPENSION',
  decision_monetary: 'DECISION_MONETARY_SUSPENSION',
  decision_account: 'DECISION_ACCOUNT_SUSPENDED',
  account_type: 'ACCOUNT_TYPE_BUSINESS',
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
  incompatible_content_ground: 'Seller Standards 3.1 (order defect rate)',
  incompatible_content_explanation: 'The seller performance standards in the marketplace terms set these thresholds for every seller.',
  category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  content_type: ['CONTENT_TYPE_OTHER'],
  content_type_other: 'Seller account',
  territorial_scope: EEA_COUNTRIES,
  decision_facts: 'order defect rate under 1% over 60 days: 2.30% over the 60 days to 2026-11-21, on 1000 orders.',
  source_type: 'SOURCE_VOLUNTARY',
  automated_detection: 'Yes',
  automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
  application_date: '2026-11-23',
  puid: 'enf_1',
};

describe('the validator, on the database’s documented examples', () => {
  it('accepts the documentation’s create-statement example', () => {
    expect(validateTdbStatement(documentedExample)).toEqual({});
  });

  it('names the fields the documentation’s empty-payload example names, and content_date, required since', () => {
    expect(Object.keys(validateTdbStatement({})).sort()).toEqual(
      [
        'decision_visibility',
        'decision_monetary',
        'decision_provision',
        'decision_account',
        'decision_ground',
        'content_type',
        'category',
        'application_date',
        'decision_facts',
        'source_type',
        'automated_detection',
        'automated_decision',
        'puid',
        'content_date',
      ].sort(),
    );
    expect(validateTdbStatement({}).decision_visibility).toEqual(['The decision visibility field is required when none of decision monetary / decision provision / decision account are present.']);
  });

  it('answers an invalid value with the documented message', () => {
    expect(validateTdbStatement({ ...documentedExample, automated_decision: 'maybe' })).toEqual({ automated_decision: ['The selected automated decision is invalid.'] });
  });

  it('holds the conditional rules: grounds, "other" fields, dates and the puid', () => {
    expect(Object.keys(validateTdbStatement({ ...documentedExample, decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT', illegal_content_legal_ground: undefined }))).toEqual([
      'illegal_content_legal_ground',
    ]);
    expect(Object.keys(validateTdbStatement({ ...documentedExample, content_type: ['CONTENT_TYPE_OTHER'] }))).toEqual(['content_type_other']);
    expect(Object.keys(validateTdbStatement({ ...documentedExample, decision_visibility: ['DECISION_VISIBILITY_OTHER'] }))).toEqual(['decision_visibility_other']);
    expect(validateTdbStatement({ ...documentedExample, application_date: '2019-12-31', content_date: '2023-02-30', puid: 'TK 421' })).toEqual({
      application_date: ['The application date field must be a date after or equal to 2020-01-01.'],
      content_date: ['The content date does not match the format YYYY-MM-DD.'],
      puid: ['The puid field format is invalid.'],
    });
    expect(Object.keys(validateTdbStatement({ ...documentedExample, decision_facts: 'x'.repeat(5001), territorial_scope: ['US'] }))).toEqual(['territorial_scope', 'decision_facts']);
  });

  it('takes 1 to 100 statements a call and indexes errors per statement', () => {
    expect(validateTdbBatch([]).message).toBe('The statements field must have between 1 and 100 items.');
    expect(validateTdbBatch(Array(101).fill(documentedExample)).message).toBeDefined();
    expect(validateTdbBatch([documentedExample, documentedExample, { ...documentedExample, decision_ground: 'nope' }]).errors).toEqual({
      statement_2: { decision_ground: ['The selected decision ground is invalid.'] },
    });
  });

  it('refuses what main exported before: a removed category and no content_date', () => {
    expect(validateTdbStatement(exportedBefore)).toEqual({ category: ['The selected category is invalid.'], content_date: ['The content date field is required.'] });
  });
});

describe('the export of every kind of restriction', () => {
  const violations = violatedRules(sums({ order_defect_rate_60d: [23, 1000] }));
  const exported = (type: EnforcementType, statement: StatementOfReasons, endsAt: string | null = null) =>
    transparencyDatabaseStatement({
      id: `enf_${type}`,
      type,
      statement,
      effectiveAt: '2026-11-23T10:00:00.000Z',
      endsAt,
      decidedAt: '2026-11-21T10:00:00.000Z',
      contentDate: '2025-03-02T09:00:00.000Z',
      territorialScope: EEA_COUNTRIES,
    } satisfies EnforcementForExport);
  const byPolicy = (type: Exclude<EnforcementType, 'sanctions_hold'>) => performanceStatement(ladderStep(type)!, violations, 9, '2026-11-21', 'performance-2026-11-v1');
  const byInvestigator: StatementOfReasons = {
    ...byPolicy('suspension'),
    facts: ['The rights holder confirmed that goods sold under the account were counterfeit.'],
    ground: { type: 'law', references: ['Trade Marks Act 1994 s.92'], explanation: 'Selling counterfeit goods is an offence.' },
    automatedDetection: false,
    automatedDecision: 'not_automated',
    policyVersion: 'investigation',
    reasons: ['counterfeit_confirmed', 'fraud_confirmed'],
    source: { type: 'notice' },
  };
  const cases: Array<[string, EnforcementType, StatementOfReasons, string | null]> = [
    ['a feature restriction', 'feature_restriction', byPolicy('feature_restriction'), '2026-12-23T10:00:00.000Z'],
    ['reduced visibility', 'reduced_visibility', byPolicy('reduced_visibility'), '2026-12-23T10:00:00.000Z'],
    ['a suspension', 'suspension', byPolicy('suspension'), null],
    ['a deactivation', 'deactivation', byPolicy('deactivation'), null],
    ['a sanctions hold', 'sanctions_hold', sanctionsHoldStatement({ listVersion: 'ofac-2024-05-03', entryIds: ['ofac:36'] }), null],
    ['an investigator’s suspension on a notice', 'suspension', byInvestigator, null],
    ['a statement from before reasons were kept', 'suspension', { ...byPolicy('suspension'), reasons: undefined, source: undefined, policyVersion: 'inform-2026-11-v1' }, null],
  ];

  it.each(cases)('%s passes the database’s validation, with only its fields', (_, type, statement, endsAt) => {
    const body = exported(type, statement, endsAt)!;
    expect(validateTdbStatement(body)).toEqual({});
    expect(Object.keys(body).filter((k) => !(TDB_FIELDS as readonly string[]).includes(k))).toEqual([]);
    expect(body).toMatchObject({ puid: `enf_${type}`, content_date: '2025-03-02', application_date: '2026-11-23', account_type: 'ACCOUNT_TYPE_BUSINESS' });
  });

  it('reports each kind as the restriction it is', () => {
    expect(exported('feature_restriction', byPolicy('feature_restriction'), '2026-12-23T10:00:00.000Z')).toMatchObject({
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      end_date_service_restriction: '2026-12-23',
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      incompatible_content_illegal: 'No',
      source_type: 'SOURCE_VOLUNTARY',
    });
    expect(exported('reduced_visibility', byPolicy('reduced_visibility'))).toMatchObject({ decision_visibility: ['DECISION_VISIBILITY_CONTENT_DEMOTED'] });
    expect(exported('deactivation', byPolicy('deactivation'))).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      decision_monetary: 'DECISION_MONETARY_TERMINATION',
      decision_provision: 'DECISION_PROVISION_TOTAL_TERMINATION',
      decision_account: 'DECISION_ACCOUNT_TERMINATED',
    });
    const hold = exported('sanctions_hold', sanctionsHoldStatement({ listVersion: 'v1', entryIds: ['ofac:36'] }))!;
    expect(hold).toMatchObject({
      decision_monetary: 'DECISION_MONETARY_SUSPENSION',
      decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
      category_specification: ['KEYWORD_OTHER'],
      automated_decision: 'AUTOMATED_DECISION_FULLY',
    });
    // The listed party is not named to the Commission.
    expect(JSON.stringify(hold)).not.toContain('ofac:36');
    expect(exported('suspension', byInvestigator)).toMatchObject({
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      category_addition: ['STATEMENT_CATEGORY_SCAMS_AND_FRAUD'],
      category_specification: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
      source_type: 'SOURCE_ARTICLE_16',
      illegal_content_legal_ground: 'Trade Marks Act 1994 s.92',
    });
    expect(exported('suspension', { ...byPolicy('suspension'), reasons: undefined, policyVersion: 'inform-2026-11-v1' })).toMatchObject({
      category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
      category_specification: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
    });
  });

  it('has no statement for a warning, which restricts nothing', () => {
    expect(exported('warning', byPolicy('warning'))).toBeUndefined();
  });
});
