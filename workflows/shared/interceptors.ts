/**
 * Workflow interceptors, bundled with the workflows: the API request that started a workflow (its
 * `requestId`, or its filing's) goes into every log line the workflow writes and, as an activity
 * header, to every activity it schedules (temporal/request-context.ts reads it there). The IDs are
 * the API's X-Request-Id values, never personal data.
 */
import { defaultPayloadConverter, type WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { REQUEST_ID_HEADER, requestIdIn } from '../../domain/shared/request-id';

export const interceptors: WorkflowInterceptorsFactory = () => {
  // One factory call per workflow execution: this is that execution's request.
  let requestId: string | undefined;
  const withHeader = <T extends { headers: Record<string, unknown> }>(input: T): T =>
    requestId ? { ...input, headers: { ...input.headers, [REQUEST_ID_HEADER]: defaultPayloadConverter.toPayload(requestId) } } : input;
  return {
    inbound: [
      {
        execute(input, next) {
          requestId = requestIdIn(input.args[0]);
          return next(input);
        },
      },
    ],
    outbound: [
      {
        getLogAttributes: (input, next) => next(requestId ? { ...input, requestId } : input),
        scheduleActivity: (input, next) => next(withHeader(input)),
        scheduleLocalActivity: (input, next) => next(withHeader(input)),
      },
    ],
  };
};
