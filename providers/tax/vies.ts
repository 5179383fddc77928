/**
 * EU VAT numbers in VIES, the European Commission's VAT Information Exchange System, through its
 * REST API (ec.europa.eu/taxation_customs/vies/rest-api, "VIES VAT number validation REST API"):
 *
 *   GET /ms/{memberStateCode}/vat/{number}
 *   -> { isValid, requestDate, userError, name, address, requestIdentifier, vatNumber, viesApproximate }
 *
 * `userError` is VALID or INVALID when the member state answered. MS_UNAVAILABLE, TIMEOUT,
 * MS_MAX_CONCURRENT_REQ, GLOBAL_MAX_CONCURRENT_REQ and SERVICE_UNAVAILABLE mean it did not: the
 * number is not invalid, the question is asked again later (Temporal's retries, then a reviewer).
 * INVALID_INPUT is our mistake. Greece is "EL" in VIES, Northern Ireland "XI".
 * Some member states (Germany, Spain) never disclose the name ("---"): then only validity is known.
 */
import { z } from 'zod';
import { ApplicationFailure } from '@temporalio/common';
import { namesMatch } from '../../domain/onboarding/registry-match';
import { VendorUnavailableError, type VendorClient } from '../http/vendor-client';
import type { TaxIdProvider, TaxIdVerificationRequest, TaxIdVerificationResult } from './types';

export const VIES_API_URL = 'https://ec.europa.eu/taxation_customs/vies/rest-api';

/** Member states in VIES by their VIES code (ISO 3166 but for Greece), and Northern Ireland. */
const memberStates = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI']);

export const viesMemberState = (country: string) => (country === 'GR' ? 'EL' : country);
export const isInVies = (country: string) => memberStates.has(viesMemberState(country));

const answerSchema = z
  .object({
    isValid: z.boolean(),
    userError: z.string(),
    requestDate: z.string().optional(),
    name: z.string().nullable().optional(),
    requestIdentifier: z.string().nullable().optional(),
  })
  .loose();

const notAnswered = new Set(['MS_UNAVAILABLE', 'TIMEOUT', 'MS_MAX_CONCURRENT_REQ', 'GLOBAL_MAX_CONCURRENT_REQ', 'SERVICE_UNAVAILABLE', 'MS_MAX_CONCURRENT_REQ_TIME', 'GLOBAL_MAX_CONCURRENT_REQ_TIME']);

/** "---" or nothing: the member state does not disclose the name. */
const undisclosed = (name: string | null | undefined) => !name || /^-+$/.test(name.trim());

export class ViesVatRegistry implements TaxIdProvider {
  constructor(private readonly api: VendorClient) {}

  get name() {
    return this.api.name;
  }

  async verify(request: TaxIdVerificationRequest): Promise<TaxIdVerificationResult> {
    const state = viesMemberState(request.country);
    const answer = await this.api.get(`/ms/${encodeURIComponent(state)}/vat/${encodeURIComponent(request.number)}`, answerSchema);
    if (!answer) throw new VendorUnavailableError(this.name, 'answered 404');
    if (notAnswered.has(answer.userError)) throw new VendorUnavailableError(this.name, `member state ${state} did not answer (${answer.userError})`);
    if (answer.userError === 'INVALID_INPUT')
      throw ApplicationFailure.create({ nonRetryable: true, type: 'VendorRejectedRequest', message: `${this.name}: refused the number as input (INVALID_INPUT)` });
    const reference = answer.requestIdentifier || undefined;
    if (!answer.isValid) return { status: 'not_registered', reference };
    if (undisclosed(answer.name) || namesMatch(request.legalName, answer.name!)) return { status: 'match', reference, ...(undisclosed(answer.name) ? { nameDisclosed: false } : {}) };
    return { status: 'name_mismatch', registeredName: answer.name!, reference };
  }
}
