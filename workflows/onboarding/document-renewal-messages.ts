/** Messages of the workflows that ask an approved seller for something (a document renewal, what was eventually due), shared with the API. */
import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/shared/actor';

/** The seller answered a request (histories from before the answer became an Update; the API sends that now). */
export const sellerInformationSignal = defineSignal<[{ requestId: string }]>('sellerInformationProvided');

/**
 * The seller's answer to a request (a new identity document): POST /v1/sellers/{id}/information.
 * The workflow refuses a second answer (`request_not_open`) and records the first before it returns,
 * so the API's 202 comes after the record and a repeated answer is refused at once.
 */
export const answerSellerRequestUpdate = defineUpdate<{ status: 'answered' }, [{ requestId: string; idDocument: Record<string, unknown>; actor: Actor; apiRequestId?: string }]>('answerSellerRequest');

/** The seller's answer to a request for what was eventually due (POST /v1/sellers/{id}/information), recorded before it returns. */
export const answerEventuallyDueUpdate = defineUpdate<
  { status: 'answered' },
  [{ requestId: string; business?: Record<string, unknown>; persons?: Array<{ id: string } & Record<string, unknown>>; actor: Actor; apiRequestId?: string }]
>('answerEventuallyDue');
