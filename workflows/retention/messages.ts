/** Messages of the retention workflow, shared with the API. */
import { defineSignal } from '@temporalio/workflow';

/** A legal hold on the seller was released: its retention clock runs again. */
export const legalHoldReleasedSignal = defineSignal<[{ holdId: string }]>('legalHoldReleased');
