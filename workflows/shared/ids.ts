/**
 * New IDs inside workflow code: from the workflow's deterministic uuid4 (the same on every replay),
 * with the prefix of the one table in domain/shared/id-prefixes.ts.
 */
import { uuid4 } from '@temporalio/workflow';
import { idPrefixes, type IdKind } from '../../domain/shared/id-prefixes';

export const newWorkflowId = (kind: IdKind): string => `${idPrefixes[kind]}_${uuid4().replace(/-/g, '').slice(0, 20)}`;
