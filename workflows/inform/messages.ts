/** Messages of the INFORM compliance workflow, shared with the API. */
import { defineSignal } from '@temporalio/workflow';
import type { InformCertification } from '../../domain/inform/schemas';
import type { Actor } from '../../domain/shared/actor';

/**
 * The seller certified its INFORM data (POST /v1/sellers/{id}/inform-certification). The API sends
 * the certification itself, which the workflow records; signals from before that carried the time only.
 */
export const informCertifiedSignal = defineSignal<[{ certifiedAt: string; certification?: InformCertification; actor?: Actor; requestId?: string }]>('informCertified');
