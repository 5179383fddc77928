/**
 * The business registry check: the company as its register holds it (name, registered office,
 * status) and, where the register publishes them, its officers and persons with significant control,
 * followed up through the companies that own it to the natural persons at the top. Then:
 *   - a company dissolved or in insolvency fails; one being struck off goes to a reviewer;
 *   - the declared beneficial owners and directors are compared with the register's; a difference
 *     goes to a reviewer and, when it is about beneficial owners of a UK company, opens a discrepancy
 *     report for Companies House that a compliance officer approves before it is filed (MLR 2017
 *     reg. 30A).
 * The evidence refers to people by declared person ID or by position in the register ("owner-2"),
 * never by name: it travels through workflow history and is shown to the onboarding frontend. The
 * names are in the sealed report package.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { findApplication, listPersons, type ApplicationRow, type PersonRow } from '../../db/onboarding/applications';
import { registerDigest } from '../../domain/onboarding/register-digest';
import { discrepancyReportIdOf, openDiscrepancyReport } from '../../db/onboarding/discrepancy-reports';
import { beneficialOwnership, companiesToFollow, type BeneficialOwnership, type RegisterCompany } from '../../domain/onboarding/beneficial-ownership';
import { companyStanding } from '../../domain/onboarding/company-standing';
import type { CheckOutcome, CheckResult } from '../../domain/onboarding/onboarding';
import { compareWithRegister, type DeclaredPerson, type Discrepancy } from '../../domain/onboarding/register-comparison';
import { leiFinding, normaliseLei } from '../../domain/onboarding/lei';
import { namesMatch, registryMatch } from '../../domain/onboarding/registry-match';
import { companyNumber } from '../../providers/registry/companies-house';
import type { BusinessRegistryProvider, RegistryRecord } from '../../providers/registry/types';
import type { ActivityDeps } from '../shared/deps';
import { checkIdOf, idempotencyKeyOf, recordOutcome, type CheckRequest } from './check-records';

export const DEFAULT_OWNERSHIP_DEPTH = 5;

/** Registrars that take discrepancy reports, by the seller's country. */
const registrars: Record<string, string> = { GB: 'Companies House' };

/** The companies above the seller's, fetched one level at a time; numbers the register does not hold are kept apart. */
async function ownershipGraph(registry: BusinessRegistryProvider, country: string, root: RegisterCompany, depth: number, idempotencyKey: string) {
  const companies = new Map([[root.number, root]]);
  const notFound = new Set<string>();
  for (let level = 0; level < depth; level++) {
    const next = companiesToFollow({ root: root.number, companies }, depth).filter((n) => !notFound.has(n));
    if (next.length === 0) break;
    for (const number of next) {
      const answer = await registry.lookup({ country, registrationNumber: number, legalName: '', idempotencyKey: `${idempotencyKey}:owner:${number}` });
      if (answer.status === 'not_found') notFound.add(number);
      else companies.set(number, { number, name: answer.registeredName, controllers: answer.controllers ?? [], officers: answer.officers });
    }
  }
  return { graph: { root: root.number, companies }, notFound };
}

const declared = (p: PersonRow): DeclaredPerson => ({
  id: p.id,
  firstName: p.details.firstName,
  lastName: p.details.lastName,
  dateOfBirth: p.details.dateOfBirth,
  nationality: p.details.nationality,
  roles: p.roles,
  ownershipPercent: p.ownership_percent === null ? undefined : Number(p.ownership_percent),
});

/** What the evidence keeps of the ownership: bases, bands and chains by company number, no names. */
const ownershipEvidence = (o: BeneficialOwnership, persons: Record<string, string | undefined>) => ({
  basis: o.basis,
  owners: o.owners.map((owner, i) => ({ ref: `owner-${i + 1}`, declaredPersonId: persons[`owner-${i + 1}`] ?? null, basis: owner.basis, effectiveOver: owner.effectiveOver, chain: owner.chain })),
  unresolved: o.unresolved,
});

/** The registry evaluation, shared by the onboarding check and the monitoring of approved companies. */
export function createRegistryEvaluator(deps: ActivityDeps) {
  const { db, providers } = deps;
  const depth = deps.registry?.ownershipDepth ?? DEFAULT_OWNERSHIP_DEPTH;

  /** The report package: the company, who reports, and each discrepancy with both sides' details. */
  function reportPackage(record: RegistryRecord, number: string, persons: DeclaredPerson[], ownership: BeneficialOwnership, discrepancies: Discrepancy[]) {
    const side = (ref?: string) => {
      const [kind, index] = (ref ?? '').split('-');
      const owner = kind === 'owner' ? ownership.owners[Number(index) - 1] : undefined;
      const director = kind === 'director' ? (record.officers ?? []).filter((o) => !o.resignedOn && /director/.test(o.role) && !/corporate/.test(o.role))[Number(index) - 1] : undefined;
      const p = owner ?? director;
      return p ? { name: p.name, birth: p.birth ?? null, nationality: p.nationality ?? null, ...(owner ? { basis: owner.basis, chain: owner.chain } : {}) } : null;
    };
    return {
      company: { number, name: record.registeredName },
      obligedEntity: { name: deps.registry?.obligedEntity?.name ?? null, email: deps.registry?.obligedEntity?.email ?? null, type: 'marketplace (customer due diligence)' },
      discrepancies: discrepancies
        .filter((d) => d.reportable)
        .map((d) => {
          const p = persons.find((x) => x.id === d.personId);
          return {
            kind: d.kind,
            declared: p
              ? {
                  personId: p.id,
                  name: `${p.firstName} ${p.lastName}`,
                  birth: p.dateOfBirth.slice(0, 7),
                  nationality: p.nationality ?? null,
                  roles: p.roles,
                  ownershipPercent: p.ownershipPercent ?? null,
                }
              : null,
            register: side(d.registerRef),
          };
        }),
    };
  }

  /** The LEI record and its parents, when an LEI was given and GLEIF is configured. Legal entities only: no personal data. */
  async function leiEvidence(business: { lei?: string; legalName: string; registrationNumber?: string }) {
    if (!business.lei || !providers.lei) return undefined;
    const found = await providers.lei.record(normaliseLei(business.lei));
    const finding = leiFinding(found, (registered) => namesMatch(business.legalName, registered), business.registrationNumber);
    const evidence = found
      ? {
          lei: found.lei,
          legalName: found.legalName,
          entityStatus: found.entityStatus,
          registrationStatus: found.registrationStatus,
          registeredAs: found.registeredAs ?? null,
          directParent: found.directParent,
          ultimateParent: found.ultimateParent,
        }
      : { lei: normaliseLei(business.lei), found: false };
    return { finding, evidence };
  }

  /**
   * The company as its register holds it now, judged: the check's outcome, with the register's
   * digest in the evidence (for monitoring to see a change). `report`: where a discrepancy report
   * would be filed from (the check and its round, or a monitoring run).
   */
  async function evaluate(app: ApplicationRow, idempotencyKey: string, report: { checkId: string; round: string }, seen?: (record: RegistryRecord) => void): Promise<CheckOutcome> {
    const registry = providers.registry.for(app.country);
    const provider = registry.name;
    const postalCode = (app.business.address as { postalCode?: string } | undefined)?.postalCode;
    const answer = await registry.lookup({ country: app.country, registrationNumber: app.business.registrationNumber ?? '', legalName: app.business.legalName, postalCode, idempotencyKey });
    if (answer.status === 'not_found') return { status: 'needs_review', code: 'registry_not_found', provider, evidence: { found: false } };
    // Monitoring screens the people the register names now (activities/onboarding/registry-monitoring.ts).
    seen?.(answer);

    const match = registryMatch(app.business.legalName, answer.registeredName, postalCode, answer.registeredPostalCode);
    const standing = companyStanding(answer.companyStatus, answer.companyStatusDetail);
    const evidence: Record<string, unknown> = {
      found: true,
      registeredName: answer.registeredName,
      nameMatches: answer.nameMatches,
      ...match,
      companyStatus: answer.companyStatus,
      ...(answer.companyStatusDetail ? { companyStatusDetail: answer.companyStatusDetail } : {}),
      ...(answer.companyType ? { companyType: answer.companyType } : {}),
      incorporatedOn: answer.incorporatedOn,
      ...(answer.sicCodes ? { sicCodes: answer.sicCodes } : {}),
      registerDigest: registerDigest(deps.fingerprintKey, answer),
    };
    const lei = await leiEvidence(app.business as { lei?: string; legalName: string; registrationNumber?: string });
    if (lei) evidence.lei = lei.evidence;
    if (standing.standing === 'inactive') return { status: 'failed', code: standing.code, provider, evidence };
    if (!answer.nameMatches) return { status: 'needs_review', code: 'registry_name_mismatch', provider, evidence };
    if (match.addressMatches === false) return { status: 'needs_review', code: 'registry_address_mismatch', provider, evidence };
    if (standing.standing === 'review') return { status: 'needs_review', code: standing.code, provider, evidence };
    if (lei?.finding) return { status: 'needs_review', code: lei.finding, provider, evidence };
    // A register that publishes no controllers (or a vendor that does not pass them on): nothing to compare.
    if (!answer.controllers || app.business_type === 'sole_proprietor') return { status: 'passed', provider, evidence: { ...evidence, ownership: 'not_in_register' } };

    const number = companyNumber(app.business.registrationNumber ?? '');
    const { graph, notFound } = await ownershipGraph(registry, app.country, { number, name: answer.registeredName, controllers: answer.controllers, officers: answer.officers }, depth, idempotencyKey);
    const ownership = beneficialOwnership(graph, depth, notFound);
    const persons = (await listPersons(db, app.id)).map(declared);
    const { discrepancies, matched } = compareWithRegister(persons, ownership.owners, answer.officers ?? []);
    const withOwnership: Record<string, unknown> = { ...evidence, ownership: ownershipEvidence(ownership, matched), discrepancies };
    if (discrepancies.length > 0) {
      const registrar = registrars[app.country];
      if (registrar && discrepancies.some((d) => d.reportable)) {
        const id = discrepancyReportIdOf(report.checkId, report.round);
        await openDiscrepancyReport(db, {
          id,
          applicationId: app.id,
          checkId: report.checkId,
          registrar,
          companyNumber: number,
          reportPackage: reportPackage(answer, number, persons, ownership, discrepancies),
        });
        withOwnership.discrepancyReportId = id;
      }
      return { status: 'needs_review', code: 'registry_ownership_discrepancy', provider, evidence: withOwnership };
    }
    // A controller the register does not let us follow (abroad, a trust, a cycle) may hide an owner.
    if (ownership.basis === 'none' || ownership.unresolved.length > 0) return { status: 'needs_review', code: 'registry_ownership_unresolved', provider, evidence: withOwnership };
    return { status: 'passed', provider, evidence: withOwnership };
  }

  return evaluate;
}

export function createBusinessRegistryActivities(deps: ActivityDeps) {
  const { db } = deps;
  const evaluate = createRegistryEvaluator(deps);
  return {
    async checkBusinessRegistry(request: CheckRequest): Promise<CheckResult> {
      const app = await findApplication(db, request.applicationId);
      if (!app) throw ApplicationFailure.nonRetryable(`application ${request.applicationId} is not stored`, 'application_missing');
      const outcome = await evaluate(app, idempotencyKeyOf(request), { checkId: checkIdOf(request), round: String(request.round ?? 1) });
      return recordOutcome(db, request, outcome);
    },
  };
}
