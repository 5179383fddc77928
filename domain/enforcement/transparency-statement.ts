/**
 * A restriction's statement of reasons as the EU DSA Transparency Database takes it (Art. 24(5)):
 * the body of one statement of POST /api/v1/statements. Only restrictions are reported (Art. 17(1)
 * lists them: visibility, monetary, service, account); a warning restricts nothing and has no
 * statement here. The platform's own opaque ID (puid) identifies the case; the facts are the
 * statement's, which never name the seller or a person (Art. 24(5): "not contain personal data").
 */
import { isListingAction, type EnforcementType, type StatementOfReasons, type StatementSource } from './enforcement';
import { classify } from './transparency-categories';

export interface EnforcementForExport {
  id: string;
  type: EnforcementType;
  statement: StatementOfReasons;
  effectiveAt: string | null;
  endsAt: string | null;
  decidedAt: string | null;
  /** When the restricted content (the trader's account) came onto the service: content_date. */
  contentDate: string;
  territorialScope: readonly string[];
}

/** Our enforcement kinds that restrict something; a warning does not. */
export const isRestriction = (type: EnforcementType) => type !== 'warning';

/** The reasons a statement was written for; statements from before reasons were kept fall back on their policy. */
export function reasonsOf(statement: StatementOfReasons): string[] {
  if (statement.reasons?.length) return statement.reasons;
  if (statement.policyVersion.startsWith('inform')) return ['inform_certification_missing'];
  if (statement.policyVersion.startsWith('sanctions-hold')) return ['sanctions_potential_match'];
  if (statement.policyVersion.startsWith('performance')) return ['performance_standards_breached'];
  return ['policy_violation'];
}

const sourceTypes = { notice: 'SOURCE_ARTICLE_16', trusted_flagger: 'SOURCE_TRUSTED_FLAGGER', own_initiative: 'SOURCE_VOLUNTARY' } as const;
const automatedDecisions = { fully: 'AUTOMATED_DECISION_FULLY', partially: 'AUTOMATED_DECISION_PARTIALLY', not_automated: 'AUTOMATED_DECISION_NOT_AUTOMATED' } as const;

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : undefined);
const within = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The four kinds of restriction (Art. 17(1)(a)-(d)) that one of our actions amounts to. */
function decisions(type: EnforcementType, r: StatementOfReasons['scope']['restrictions']) {
  // One listing (Art. 17(1)(a)): removed, access to it disabled, or demoted; the account is untouched.
  if (isListingAction(type)) {
    const listing = {
      listing_removal: 'DECISION_VISIBILITY_CONTENT_REMOVED',
      listing_disabled: 'DECISION_VISIBILITY_CONTENT_DISABLED',
      listing_demotion: 'DECISION_VISIBILITY_CONTENT_DEMOTED',
    } as const;
    return { visibility: listing[type], monetary: undefined, provision: undefined, account: undefined };
  }
  const terminated = type === 'deactivation';
  const visibility = terminated
    ? 'DECISION_VISIBILITY_CONTENT_REMOVED'
    : r.visibility === 'hidden'
      ? 'DECISION_VISIBILITY_CONTENT_DISABLED'
      : r.visibility === 'reduced'
        ? 'DECISION_VISIBILITY_CONTENT_DEMOTED'
        : undefined;
  const monetary = r.payouts === false ? (terminated ? 'DECISION_MONETARY_TERMINATION' : 'DECISION_MONETARY_SUSPENSION') : undefined;
  const provision = terminated
    ? 'DECISION_PROVISION_TOTAL_TERMINATION'
    : type === 'suspension'
      ? 'DECISION_PROVISION_TOTAL_SUSPENSION'
      : r.selling === false || r.listing === false || (r.features?.length ?? 0) > 0
        ? 'DECISION_PROVISION_PARTIAL_SUSPENSION'
        : undefined;
  const account = terminated ? 'DECISION_ACCOUNT_TERMINATED' : type === 'suspension' ? 'DECISION_ACCOUNT_SUSPENDED' : undefined;
  return { visibility, monetary, provision, account };
}

/** One statement in the database's field names (only the fields we fill). */
export interface TdbStatement {
  decision_visibility?: string[];
  decision_monetary?: string;
  decision_provision?: string;
  decision_account?: string;
  account_type: 'ACCOUNT_TYPE_BUSINESS';
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: 'Yes' | 'No';
  category: string;
  category_addition?: string[];
  category_specification?: string[];
  category_specification_other?: string;
  content_type: string[];
  content_type_other?: string;
  territorial_scope: string[];
  content_date: string;
  application_date: string;
  end_date_visibility_restriction?: string;
  end_date_monetary_restriction?: string;
  end_date_service_restriction?: string;
  end_date_account_restriction?: string;
  decision_facts: string;
  source_type: (typeof sourceTypes)[StatementSource];
  automated_detection: 'Yes' | 'No';
  automated_decision: (typeof automatedDecisions)[StatementOfReasons['automatedDecision']];
  puid: string;
  [field: string]: unknown;
}

/** The statement, or undefined for an action that restricts nothing. */
export function transparencyDatabaseStatement(e: EnforcementForExport): TdbStatement | undefined {
  if (!isRestriction(e.type)) return undefined;
  const s = e.statement;
  const d = decisions(e.type, s.scope.restrictions);
  const { main, additional } = classify(reasonsOf(s));
  const law = s.ground.type === 'law';
  const legal = (references: string[], explanation: string) => ({ ground: within(references.join('; '), 500), explanation: within(explanation, 2000) });
  const g = legal(s.ground.references, s.ground.explanation);
  const ends = day(e.endsAt);
  const features = s.scope.restrictions.features ?? [];
  const statement: TdbStatement = {
    decision_visibility: d.visibility ? [d.visibility] : undefined,
    decision_monetary: d.monetary,
    decision_provision: d.provision,
    decision_account: d.account,
    account_type: 'ACCOUNT_TYPE_BUSINESS' as const,
    decision_ground: law ? ('DECISION_GROUND_ILLEGAL_CONTENT' as const) : ('DECISION_GROUND_INCOMPATIBLE_CONTENT' as const),
    ...(law
      ? { illegal_content_legal_ground: g.ground, illegal_content_explanation: g.explanation }
      : { incompatible_content_ground: g.ground, incompatible_content_explanation: g.explanation, incompatible_content_illegal: main.illegal ? 'Yes' : 'No' }),
    category: main.category,
    category_addition: additional.length > 0 ? additional : undefined,
    category_specification: main.keywords.length > 0 ? main.keywords : undefined,
    category_specification_other: main.otherKeyword,
    // A listing is a product offered for sale; an account is not one of the database's content types.
    content_type: s.listing ? ['CONTENT_TYPE_PRODUCT'] : ['CONTENT_TYPE_OTHER'],
    content_type_other: s.listing
      ? undefined
      : features.length > 0 && d.provision === 'DECISION_PROVISION_PARTIAL_SUSPENSION' && !d.monetary
        ? `Trader account on an online marketplace (features: ${features.join(', ')})`
        : 'Trader account on an online marketplace',
    territorial_scope: [...e.territorialScope],
    content_date: (s.listing?.listedAt ?? e.contentDate).slice(0, 10),
    application_date: (e.effectiveAt ?? e.decidedAt ?? e.contentDate).slice(0, 10),
    end_date_visibility_restriction: d.visibility && ends ? ends : undefined,
    end_date_monetary_restriction: d.monetary && ends ? ends : undefined,
    end_date_service_restriction: d.provision && ends ? ends : undefined,
    end_date_account_restriction: d.account && ends ? ends : undefined,
    decision_facts: within(s.facts.join(' '), 5000),
    // Art. 17(3)(b): whether a notice (Art. 16) or a trusted flagger (Art. 22) started it. The notifier's identity is personal data and stays here.
    source_type: sourceTypes[s.source?.type ?? 'own_initiative'],
    automated_detection: s.automatedDetection ? ('Yes' as const) : ('No' as const),
    automated_decision: automatedDecisions[s.automatedDecision],
    puid: e.id,
  };
  // Absent rather than undefined: what is stored and sent is exactly what is filled.
  return Object.fromEntries(Object.entries(statement).filter(([, v]) => v !== undefined)) as TdbStatement;
}
