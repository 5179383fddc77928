/** Messages of the INFORM compliance workflow, shared with the API. */
import { defineSignal } from '@temporalio/workflow';

/** The seller certified its INFORM data (POST /v1/sellers/{id}/inform-certification). */
export const informCertifiedSignal = defineSignal<[{ certifiedAt: string }]>('informCertified');
