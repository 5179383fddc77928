/**
 * Every error the API answers, once: its code (the stable part of `type`), HTTP status and title.
 * RFC 9457 §3.1: `title` is the same for every occurrence of a type; what this occurrence is about
 * goes in `detail`. Routes list the codes they may answer, and /openapi.json lists them per status.
 */
export const problemTypes = {
  // The request itself.
  validation_error: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  malformed_body: { status: 400, title: 'The request body could not be decoded' },
  unsupported_content_encoding: { status: 415, title: 'The Content-Encoding is not supported' },
  authentication_required: { status: 401, title: 'An API key is required' },
  invalid_api_key: { status: 401, title: 'The API key is not valid' },
  invalid_signature: { status: 401, title: 'The signature is not valid' },
  forbidden: { status: 403, title: 'Not allowed for this API key' },
  resource_not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'No such route' },
  method_not_allowed: { status: 405, title: 'The method is not allowed on this resource' },
  unknown_provider: { status: 404, title: 'No such provider' },
  unknown_reference: { status: 404, title: 'No verification has this reference' },
  idempotency_key_reused: { status: 409, title: 'The Idempotency-Key was used with another request' },
  response_erased: { status: 410, title: 'The response package was erased at the end of its retention period' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  document_too_large: { status: 413, title: 'The document is too large' },
  unsupported_document_format: { status: 415, title: 'The document format is not accepted' },
  rate_limited: { status: 429, title: 'Too many requests' },

  // The state of what the request is about (many are the workflows' own refusals of an Update).
  review_task_not_open: { status: 409, title: 'The review task is not open' },
  review_task_claimed_by_another: { status: 409, title: 'Another reviewer has claimed this review task' },
  review_task_not_claimed_by_caller: { status: 409, title: 'Claim the review task first' },
  outcome_not_supported: { status: 409, title: 'This outcome is not available for this task' },
  four_eyes_same_reviewer: { status: 409, title: 'A second reviewer must confirm this decision: it cannot be the first reviewer' },
  application_already_decided: { status: 409, title: 'The application has been decided or withdrawn already' },
  no_open_information_request: { status: 409, title: 'No request for information is waiting for an answer' },
  unknown_person: { status: 409, title: 'A person in the answer is not on this application' },
  compliance_officer_required: { status: 409, title: 'Only a compliance officer may take or decide an inquiry' },
  reviewer_took_original_decision: { status: 409, title: 'A reviewer who took the contested decision cannot review the appeal' },
  request_not_open: { status: 409, title: 'The request has been answered already or has lapsed' },
  no_certification_due: { status: 409, title: 'No INFORM certification is due for this seller' },
  appeal_already_open: { status: 409, title: 'An appeal against this decision is already open' },
  appeal_window_closed: { status: 409, title: 'The time to appeal this decision has passed' },
  not_appealable: { status: 409, title: 'This decision cannot be appealed' },
  response_not_approved: { status: 409, title: 'The response is not approved yet' },
  response_not_assembled: { status: 409, title: 'The response is being assembled' },
  verification_closed: { status: 409, title: 'The verification has ended' },
  trader_traceability_due: { status: 409, title: 'DSA Art. 30 trader information is still due: the application cannot be approved yet' },
  not_a_restriction: { status: 409, title: 'This action restricts nothing, so it has no Transparency Database statement' },
  discrepancy_report_decided: { status: 409, title: 'The discrepancy report has been decided already' },
  dispute_not_awaiting_seller: { status: 409, title: 'The dispute is not waiting for the seller’s answer (answered, decided, or the window closed)' },
  dispute_not_appealable: { status: 409, title: 'The dispute is not resolved, was appealed already, or its appeal window has closed' },
  listing_action_needs_listing: { status: 409, title: 'An action on one listing needs a notice about a listing; act on the seller instead' },
  discrepancy_report_not_approved: { status: 409, title: 'Only an approved discrepancy report can be filed, and only once' },

  // Ours.
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  database_unavailable: { status: 503, title: 'The database is unavailable; retry later' },
  temporal_unavailable: { status: 503, title: 'The workflow service is unavailable; retry later' },
  console_not_built: { status: 503, title: 'The console has not been built' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemTypes;

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(problemTypes, code);
