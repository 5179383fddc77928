/**
 * The API request behind an activity, read from the header the workflow interceptors
 * (workflows/shared/interceptors.ts) put on it: it joins the activity's log lines, beside the
 * workflow and activity IDs the SDK adds, so one request can be followed from the API's log through
 * the worker's.
 */
import { Context } from '@temporalio/activity';
import { defaultPayloadConverter } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { REQUEST_ID_HEADER } from '../domain/shared/request-id';

export const WORKFLOW_INTERCEPTORS_PATH = require.resolve('../workflows/shared/interceptors');

const requestIds = new WeakMap<Context, string>();

/** The request ID of the activity running in this context, if its workflow had one. */
export const requestIdOf = (ctx: Context = Context.current()): string | undefined => requestIds.get(ctx);

export const activityRequestContext: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    execute(input, next) {
      const header = input.headers[REQUEST_ID_HEADER];
      const id = header ? defaultPayloadConverter.fromPayload<unknown>(header) : undefined;
      if (typeof id === 'string') requestIds.set(ctx, id);
      return next(input);
    },
  },
  outbound: {
    getLogAttributes: (attributes, next) => {
      const id = requestIds.get(ctx);
      return next(id ? { ...attributes, requestId: id } : attributes);
    },
  },
});
