/** The API request behind a workflow and its activities: the X-Request-Id the API gave it. */
export const REQUEST_ID_HEADER = 'sellergate-request-id';

const requestIdPattern = /^[\w.-]{1,100}$/;

/** The request ID a workflow's input carries (`requestId`, or its filing's), if it is one. */
export function requestIdIn(input: unknown): string | undefined {
  const i = input as { requestId?: unknown; filing?: { requestId?: unknown } } | undefined;
  const id = i?.requestId ?? i?.filing?.requestId;
  return typeof id === 'string' && requestIdPattern.test(id) ? id : undefined;
}
