/** Failure messages and stack traces travel as encoded attributes, so the payload codec encrypts them too. */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
