"""A schemathesis check for the API fuzz test: every error answer is RFC 9457 problem+json with
Sellergate's stable code and the status repeated in the body."""
import json

import schemathesis


@schemathesis.check
def errors_are_problem_json(ctx, response, case):
    if response.status_code < 400:
        return None
    content_type = (response.headers.get("content-type") or [""])[0]
    if not content_type.startswith("application/problem+json"):
        raise AssertionError(f"{response.status_code} answered with content type {content_type!r}, not problem+json")
    body = json.loads(response.content)
    for field in ("type", "title", "status", "code"):
        if field not in body:
            raise AssertionError(f"problem+json without {field!r}")
    if body["status"] != response.status_code:
        raise AssertionError(f"problem status {body['status']} differs from HTTP status {response.status_code}")
    return None
