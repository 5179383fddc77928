/** Messages of the document renewal workflow, shared with the API. */
import { defineSignal } from '@temporalio/workflow';

/** The seller answered a request (a new identity document): POST /v1/sellers/{id}/information. */
export const sellerInformationSignal = defineSignal<[{ requestId: string }]>('sellerInformationProvided');
