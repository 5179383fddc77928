/**
 * How well the company register's record matches what the seller gave: a name score on the same
 * normalisation as screening (legal forms dropped, word order ignored) and whether the registered
 * office's postal code is the one given. Recorded with the check, so a reviewer sees the quality of
 * the match and not only its verdict.
 */
import { alignTokens } from '../screening/screening-index';
import { tokens } from '../screening/normalise';

const postal = (code: string) => code.replace(/\s+/g, '').toUpperCase();

export function registryMatch(givenName: string, registeredName: string, givenPostalCode?: string, registeredPostalCode?: string) {
  const nameMatchScore = Math.round(alignTokens(tokens(givenName, 'organization'), tokens(registeredName, 'organization')) * 1000) / 1000;
  // Unknown (null) when either side has no postal code: not a mismatch.
  const addressMatches = givenPostalCode && registeredPostalCode ? postal(givenPostalCode) === postal(registeredPostalCode) : null;
  return { nameMatchScore, addressMatches };
}

/** The score at which a registered name is the legal name given (legal forms and word order aside). */
export const REGISTERED_NAME_MATCH = 0.9;

export const namesMatch = (givenName: string, registeredName: string) => registryMatch(givenName, registeredName).nameMatchScore >= REGISTERED_NAME_MATCH;
