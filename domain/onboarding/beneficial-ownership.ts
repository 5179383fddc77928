/**
 * The natural persons who ultimately own or control a company, read from its register and the
 * registers of the companies that own it.
 *
 * MLR 2017 reg. 5(1): the beneficial owners of a body corporate are the individuals who ultimately
 * own or control, directly or indirectly, more than 25% of its shares or voting rights, or who
 * otherwise control it. Reg. 28(6)-(8): when none can be found, the senior person responsible for
 * managing it is recorded in their place, with the steps taken. The PSC register words the same
 * interests as "natures of control" (The Register of People with Significant Control Regulations
 * 2016, Sch. 2): shares or votes in bands over 25/50/75%, the right to appoint or remove the
 * majority of the board, or significant influence or control.
 *
 * Indirect holdings: a company above another passes its interest on to whoever holds a majority
 * stake in it (more than 50% of its shares or votes, or the right to appoint or remove its board:
 * Companies Act 2006 Sch. 1A paras 9 and 18); an individual whose share through the chain,
 * multiplied out from the bands' lower bounds, is still more than 25% owns it indirectly as well.
 * Each owner keeps the chain it was found through, each link with its band, as evidence.
 */
import type { RegisterController, RegisterOfficer } from './register';

/** A band of shares or votes: more than `over`%, up to `upTo`%. */
export interface Band {
  over: number;
  upTo: number;
}

export interface ControlInterest {
  shares?: Band;
  votes?: Band;
  appointsBoard: boolean;
  significantInfluence: boolean;
}

/** `ownership-of-shares-25-to-50-percent[-as-trust|-as-firm]`, `voting-rights-50-to-75-percent-limited-liability-partnership`, ... */
export function interestOf(naturesOfControl: readonly string[]): ControlInterest {
  const interest: ControlInterest = { appointsBoard: false, significantInfluence: false };
  const widen = (current: Band | undefined, band: Band) => (current && current.over >= band.over ? current : band);
  for (const nature of naturesOfControl) {
    const band = /(ownership-of-shares|right-to-share-surplus-assets|voting-rights)-(\d+)-to-(\d+)-percent/.exec(nature);
    if (band) {
      const b = { over: Number(band[2]), upTo: Number(band[3]) };
      if (band[1] === 'voting-rights') interest.votes = widen(interest.votes, b);
      else interest.shares = widen(interest.shares, b);
    } else if (/^right-to-appoint-and-remove-(directors|members|person)/.test(nature)) interest.appointsBoard = true;
    else if (/^significant-influence-or-control/.test(nature)) interest.significantInfluence = true;
  }
  return interest;
}

/** The larger of the shares and votes bands' lower bounds, in percent. */
const stakeOver = (i: ControlInterest) => Math.max(i.shares?.over ?? 0, i.votes?.over ?? 0);
/** A majority stake passes a company's own interest on to its holder (Companies Act 2006 Sch. 1A para 18). */
const isMajorityStake = (i: ControlInterest) => stakeOver(i) >= 50 || i.appointsBoard;
const bandText = (i: ControlInterest) =>
  [
    i.shares && `shares ${i.shares.over}-${i.shares.upTo}%`,
    i.votes && `votes ${i.votes.over}-${i.votes.upTo}%`,
    i.appointsBoard && 'appoints the board',
    i.significantInfluence && 'significant influence or control',
  ]
    .filter(Boolean)
    .join(', ');

export interface RegisterCompany {
  number: string;
  name: string;
  controllers: RegisterController[];
  officers?: RegisterOfficer[];
}

/** The root company and every company above it that was fetched, by registration number. */
export interface OwnershipGraph {
  root: string;
  companies: ReadonlyMap<string, RegisterCompany>;
}

export interface OwnershipLink {
  /** The company the interest is held in. */
  company: string;
  interest: string;
}

export type OwnerBasis = 'ownership' | 'control' | 'senior_managing_official';

export interface UltimateOwner {
  name: string;
  nameParts?: RegisterController['nameParts'];
  birth?: RegisterController['birth'];
  nationality?: string;
  basis: OwnerBasis;
  /** The share held through the chain, multiplied out from the bands' lower bounds: "more than N%". */
  effectiveOver: number;
  /** From the company itself up to the owner. */
  chain: OwnershipLink[];
}

export interface UnresolvedOwner {
  /** The company whose controller could not be followed. */
  company: string;
  reason: 'registered_abroad' | 'no_registration_number' | 'not_in_register' | 'depth_limit' | 'cycle' | 'legal_person' | 'protected_details';
  /** The controller's registration number, when it has one. */
  registrationNumber?: string;
}

export interface BeneficialOwnership {
  basis: OwnerBasis | 'none';
  owners: UltimateOwner[];
  unresolved: UnresolvedOwner[];
}

const UK_REGISTER = /companies house|registrar of companies|england|wales|scotland|northern ireland|united kingdom|^uk$|great britain/i;

/** A corporate controller registered in the same register can be followed up; others are recorded as unresolved. */
export function followableNumber(c: RegisterController): { number: string } | { reason: 'registered_abroad' | 'no_registration_number' } {
  const number = c.registration?.number?.replace(/\s+/g, '').toUpperCase();
  if (!number) return { reason: 'no_registration_number' };
  const where = [c.registration?.register, c.registration?.country].filter(Boolean).join(' ');
  if (where && !UK_REGISTER.test(where)) return { reason: 'registered_abroad' };
  return { number };
}

const current = (c: RegisterController) => !c.ceasedOn;

/** The registration numbers of the corporate controllers to fetch next, from the companies fetched so far. */
export function companiesToFollow(graph: OwnershipGraph, maxDepth: number): string[] {
  const wanted = new Set<string>();
  const walk = (number: string, depth: number, path: Set<string>) => {
    const company = graph.companies.get(number);
    if (!company || depth >= maxDepth) return;
    for (const c of company.controllers.filter(current)) {
      if (c.kind !== 'corporate') continue;
      const next = followableNumber(c);
      if (!('number' in next) || path.has(next.number)) continue;
      if (graph.companies.has(next.number)) walk(next.number, depth + 1, new Set([...path, next.number]));
      else wanted.add(next.number);
    }
  };
  walk(graph.root, 0, new Set([graph.root]));
  return [...wanted];
}

/**
 * The beneficial owners of the root company. `maxDepth`: how many companies above it are followed;
 * `notFound`: numbers the register did not have.
 */
export function beneficialOwnership(graph: OwnershipGraph, maxDepth: number, notFound: ReadonlySet<string> = new Set()): BeneficialOwnership {
  const found: UltimateOwner[] = [];
  const unresolved: UnresolvedOwner[] = [];

  // `passedOn`: every link above the first is a majority stake, so the first link's interest reaches
  // the holder of this company; `firstIsStake`: that interest is shares or votes (not only control);
  // `over`: the share multiplied out to here.
  const walk = (number: string, depth: number, path: string[], chain: OwnershipLink[], over: number, passedOn: boolean, firstIsStake: boolean) => {
    const company = graph.companies.get(number)!;
    for (const c of company.controllers.filter(current)) {
      const interest = interestOf(c.naturesOfControl);
      const link = { company: number, interest: bandText(interest) };
      const share = (over * stakeOver(interest)) / 100;
      if (c.kind === 'individual') {
        // Directly, the PSC bands all mean more than 25%: any share or vote band qualifies.
        const inherits = depth > 0 && passedOn && isMajorityStake(interest);
        const owns = depth === 0 ? stakeOver(interest) >= 25 : share >= 25 || (inherits && firstIsStake);
        const controls = depth === 0 ? interest.appointsBoard || interest.significantInfluence : inherits;
        if (owns || controls) {
          found.push({
            name: c.name,
            nameParts: c.nameParts,
            birth: c.birth,
            nationality: c.nationality,
            basis: owns ? 'ownership' : 'control',
            effectiveOver: Math.round(share * 100) / 100,
            chain: [...chain, link],
          });
        }
        continue;
      }
      if (c.kind === 'legal_person' || c.kind === 'protected') {
        unresolved.push({ company: number, reason: c.kind === 'legal_person' ? 'legal_person' : 'protected_details' });
        continue;
      }
      const next = followableNumber(c);
      if (!('number' in next)) {
        unresolved.push({ company: number, reason: next.reason, registrationNumber: c.registration?.number });
        continue;
      }
      const reason = path.includes(next.number) ? 'cycle' : notFound.has(next.number) ? 'not_in_register' : depth >= maxDepth || !graph.companies.has(next.number) ? 'depth_limit' : undefined;
      if (reason) {
        unresolved.push({ company: number, reason, registrationNumber: next.number });
        continue;
      }
      const first = depth === 0;
      walk(next.number, depth + 1, [...path, next.number], [...chain, link], share, first || (passedOn && isMajorityStake(interest)), first ? stakeOver(interest) >= 25 : firstIsStake);
    }
  };
  walk(graph.root, 0, [graph.root], [], 100, true, true);

  // The same person reached along two chains is one owner, with the stronger basis and the larger share.
  const owners = [...new Map(found.sort((a, b) => rank(a) - rank(b)).map((o) => [personKey(o), o])).values()].sort((a, b) => rank(b) - rank(a));
  const byOwnership = owners.filter((o) => o.basis === 'ownership');
  const byControl = owners.filter((o) => o.basis === 'control');
  if (byOwnership.length + byControl.length > 0) return { basis: byOwnership.length > 0 ? 'ownership' : 'control', owners, unresolved };
  // Nobody found: the senior managing officials (the directors in office) are recorded in their place,
  // unless an unresolved controller may still hide a beneficial owner (then a reviewer must look).
  const root = graph.companies.get(graph.root)!;
  const directors = (root.officers ?? []).filter((o) => !o.resignedOn && /director|member/.test(o.role) && !/corporate/.test(o.role));
  if (unresolved.length > 0 || directors.length === 0) return { basis: 'none', owners: [], unresolved };
  return {
    basis: 'senior_managing_official',
    owners: directors.map((d) => ({
      name: d.name,
      birth: d.birth,
      nationality: d.nationality,
      basis: 'senior_managing_official' as const,
      effectiveOver: 0,
      chain: [{ company: graph.root, interest: d.role }],
    })),
    unresolved,
  };
}

const rank = (o: UltimateOwner) => (o.basis === 'ownership' ? 1_000 : 0) + o.effectiveOver;
const personKey = (o: UltimateOwner) => `${o.name.toLowerCase()}|${o.birth?.year ?? ''}-${o.birth?.month ?? ''}`;
