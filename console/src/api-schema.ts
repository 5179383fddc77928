/* Generated from /openapi.json by scripts/console-api-types.ts (npm run console:types): do not edit. */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Temporal answer and the sanctions lists load; names what does not, and says when a list is stale or synthetic */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            /** @description true while the process shuts down: not ready, whatever its dependencies say */
                            stopping?: boolean;
                            /** @description what works but should not be relied on: `sanctions_lists_stale`, `sanctions_lists_synthetic`, `sanctions_lists_reload_failed`, `sanctions_lists_download_failed` */
                            degraded: string[];
                            checks: {
                                database: {
                                    /** @enum {string} */
                                    status: "up";
                                } | {
                                    /** @enum {string} */
                                    status: "down";
                                    error: string;
                                };
                                temporal: {
                                    /** @enum {string} */
                                    status: "up";
                                } | {
                                    /** @enum {string} */
                                    status: "down";
                                    error: string;
                                };
                                sanctionsLists: {
                                    /**
                                     * @description `synthetic`: the shipped test list, never a real one; `stale`: a list older than SANCTIONS_LIST_MAX_AGE_HOURS
                                     * @enum {string}
                                     */
                                    status: "current" | "stale" | "synthetic";
                                    version: string;
                                    oldest: {
                                        file: string;
                                        at: string;
                                        ageHours: number;
                                    } | null;
                                    maxAgeHours: number;
                                    /** @description a replaced list file that did not load: the last good version is still screened against */
                                    reloadFailure?: {
                                        at: string;
                                        error: string;
                                    };
                                    /** @description with SANCTIONS_LIST_URLS: the last download and when one last found the lists good; a failed one keeps the set in use */
                                    download?: {
                                        /** @enum {string} */
                                        outcome: "published" | "unchanged" | "failed" | "none";
                                        attemptedAt: string | null;
                                        error: string | null;
                                        lastGoodAt: string | null;
                                    };
                                } | {
                                    /** @enum {string} */
                                    status: "down";
                                    error: string;
                                };
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's key: name, role and the permissions the role holds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "api_key";
                            id: string;
                            name: string;
                            role: string;
                            permissions: ("applications:create" | "applications:withdraw" | "applications:answer" | "applications:read" | "sellers:read" | "review_tasks:read" | "review_tasks:work" | "screenings:run" | "sellers:metrics" | "enforcements:read" | "enforcements:export" | "appeals:create" | "sellers:certify" | "appeals:read" | "operations:run" | "audit:verify" | "codec:decode" | "legal_holds:manage" | "erasure:request" | "inquiries:create" | "inquiries:read" | "inquiries:response" | "reports:create" | "investigations:read" | "governance:read" | "blocking_reports:read" | "blocking_reports:file" | "discrepancy_reports:read" | "discrepancy_reports:decide" | "notices:create" | "notices:read" | "notices:list" | "trusted_flaggers:manage" | "trusted_flaggers:read" | "disputes:create" | "disputes:read" | "disputes:respond" | "disputes:appeal" | "disputes:list" | "disputes:report" | "sellers:identifiers" | "account_groups:read" | "account_groups:investigate" | "investigators:manage" | "investigators:read" | "quality:read" | "root_causes:mitigate")[];
                            /** @description a regulator key's authority */
                            authority?: string;
                            jurisdiction?: string;
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a seller application
         * @description Starts the onboarding workflow. The same Idempotency-Key with the same body answers the first answer again (Idempotent-Replayed: true). Permission: `applications:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "externalRef": "shop-8841",
                     *       "country": "GB",
                     *       "sellingRegions": [
                     *         "GB",
                     *         "EU"
                     *       ],
                     *       "businessType": "company",
                     *       "business": {
                     *         "legalName": "Acme Widgets Ltd",
                     *         "registrationNumber": "12345678",
                     *         "address": {
                     *           "line1": "1 High Street",
                     *           "city": "London",
                     *           "postalCode": "EC1A 1BB",
                     *           "country": "GB"
                     *         },
                     *         "email": "ops@acme.example",
                     *         "phone": "+442079460000",
                     *         "website": "https://acme.example",
                     *         "categories": [
                     *           "electronics"
                     *         ]
                     *       },
                     *       "persons": [
                     *         {
                     *           "firstName": "Jane",
                     *           "lastName": "Doe",
                     *           "dateOfBirth": "1980-04-12",
                     *           "nationality": "GB",
                     *           "roles": [
                     *             "representative",
                     *             "owner",
                     *             "director"
                     *           ],
                     *           "ownershipPercent": 60,
                     *           "idDocument": {
                     *             "type": "passport",
                     *             "number": "123456789",
                     *             "issuingCountry": "GB",
                     *             "expiresOn": "2031-05-01"
                     *           },
                     *           "address": {
                     *             "line1": "2 Park Lane",
                     *             "city": "London",
                     *             "postalCode": "W1K 1AA",
                     *             "country": "GB"
                     *           }
                     *         },
                     *         {
                     *           "firstName": "John",
                     *           "lastName": "Smith",
                     *           "dateOfBirth": "1975-09-30",
                     *           "nationality": "GB",
                     *           "roles": [
                     *             "owner"
                     *           ],
                     *           "ownershipPercent": 40,
                     *           "address": {
                     *             "line1": "3 Mill Road",
                     *             "city": "Leeds",
                     *             "postalCode": "LS1 1AA",
                     *             "country": "GB"
                     *           }
                     *         }
                     *       ],
                     *       "bankAccount": {
                     *         "accountHolderName": "Acme Widgets Ltd",
                     *         "iban": "GB33BUKB20201555555555"
                     *       },
                     *       "declarations": {
                     *         "tradeCompliance": true,
                     *         "acceptedAt": "2026-11-22T10:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        externalRef: string;
                        country: string;
                        sellingRegions?: ("EU" | string)[];
                        /** @enum {string} */
                        businessType: "company" | "sole_proprietor" | "partnership";
                        business: {
                            legalName: string;
                            tradingName?: string;
                            registrationNumber?: string;
                            tradeRegister?: string;
                            taxId?: string;
                            vatNumber?: string;
                            lei?: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                            /** Format: email */
                            email: string;
                            phone: string;
                            /** Format: uri */
                            website?: string;
                            categories?: string[];
                        };
                        persons: {
                            firstName: string;
                            lastName: string;
                            dateOfBirth: string;
                            nationality?: string;
                            roles: ("representative" | "owner" | "director" | "executive" | "controller" | "senior_managing_official")[];
                            ownershipPercent?: number;
                            /** Format: email */
                            email?: string;
                            phone?: string;
                            address?: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                            idDocument?: {
                                /** @enum {string} */
                                type: "passport" | "national_id" | "driving_licence";
                                number: string;
                                issuingCountry: string;
                                expiresOn?: string;
                            };
                        }[];
                        bankAccount: {
                            accountHolderName: string;
                            iban?: string;
                            sortCode?: string;
                            routingNumber?: string;
                            accountNumber?: string;
                        };
                        declarations: {
                            /** @enum {boolean} */
                            tradeCompliance: true;
                            /** Format: date-time */
                            acceptedAt: string;
                        };
                    };
                };
            };
            responses: {
                /** @description accepted; verifying */
                202: {
                    headers: {
                        /** @description the application */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "application";
                            sellerId: string;
                            /** @enum {string} */
                            status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: The Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application with its requirements, checks, risk and decision
         * @description Permission: `applications:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the application (just accepted and not yet recorded: its status alone, with empty checks) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "application";
                            sellerId: string;
                            /** @enum {string} */
                            status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                            country: string;
                            sellingRegions: string[] | null;
                            businessType: string;
                            requirements: {
                                version: string;
                                currentlyDue: string[];
                                eventuallyDue: string[];
                                pastDue: string[];
                                pendingVerification: string[];
                                errors: {
                                    code: string;
                                    reason: string;
                                    requirement: string;
                                }[];
                                currentDeadline: string | null;
                                disabledReason: string | null;
                                traderTraceability: {
                                    applies: boolean;
                                    currentlyDue: string[];
                                };
                                beneficialOwners: {
                                    personId: string;
                                    /** @enum {string} */
                                    basis: "ownership" | "control" | "senior_managing_official";
                                }[];
                            };
                            informationRequest: {
                                id: string;
                                status: string;
                                items: string[];
                                reasons: string[];
                                message: string | null;
                                /** Format: date-time */
                                requestedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                remindersSent: number[];
                                /** Format: date-time */
                                answeredAt: string | null;
                            } | null;
                            checks: {
                                id: string;
                                /** @enum {string} */
                                kind: "business_registry" | "tax_id" | "identity" | "sanctions" | "bank_account";
                                subject: {
                                    /** @enum {string} */
                                    type: "business" | "person" | "bank_account" | "register_person";
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "needs_review";
                                /** @enum {string|null} */
                                code: "registry_not_found" | "registry_name_mismatch" | "registry_address_mismatch" | "registry_company_inactive" | "registry_company_striking_off" | "registry_company_status_review" | "registry_ownership_discrepancy" | "registry_ownership_unresolved" | "lei_not_found" | "lei_not_active" | "lei_name_mismatch" | "identity_not_verified" | "identity_document_expired" | "identity_no_answer" | "sanctions_potential_match" | "bank_account_invalid" | "bank_account_name_mismatch" | "tax_id_invalid" | "tax_id_not_matched" | "provider_unavailable" | null;
                                provider: string | null;
                                /** @description What the check saw: the provider's answer, the list version and matches of a screening */
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                completedAt: string | null;
                            }[];
                            risk: {
                                version: string;
                                score: number;
                                /** @enum {string} */
                                level: "low" | "medium" | "high";
                                contributions: {
                                    rule: string;
                                    points: number;
                                    explanation: string;
                                }[];
                            } | null;
                            reviewTasks: {
                                id: string;
                                /** @enum {string} */
                                kind: "application" | "enforcement" | "appeal" | "investigation" | "inquiry" | "notice" | "dispute" | "quality_review";
                                applicationId: string | null;
                                sellerId: string | null;
                                subjectId: string | null;
                                caseId: string | null;
                                queue: string;
                                /** @enum {string} */
                                status: "open" | "claimed" | "awaiting_second_review" | "decided" | "cancelled";
                                priority: number;
                                reasons: string[];
                                risk: {
                                    level: string;
                                    score: number | null;
                                } | null;
                                assignee: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                routedTo: string | null;
                                pagedTo: string | null;
                                firstReview: {
                                    by: {
                                        id: string;
                                        name: string;
                                        role: string;
                                    };
                                    outcome: string;
                                    rejectType: string | null;
                                    reasons: string[];
                                    decidedAt: string;
                                } | null;
                                /** Format: date-time */
                                slaDueAt: string | null;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                            /** @description The decision: outcome, reasons, who decided (and who confirmed it, for four eyes), when */
                            decision: {
                                [key: string]: unknown;
                            } | null;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            documents: {
                                id: string;
                                /** @enum {string} */
                                object: "document";
                                applicationId: string;
                                personId: string | null;
                                /** @enum {string} */
                                type: "passport" | "national_id" | "driving_licence" | "proof_of_address" | "business_registration" | "bank_statement" | "tax_document";
                                /** @description read from the first bytes: application/pdf, image/jpeg or image/png */
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                        } | {
                            id: string;
                            /** @enum {string} */
                            object: "application";
                            /** @enum {string} */
                            status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                            sellerId: string;
                            checks: {
                                id: string;
                                /** @enum {string} */
                                kind: "business_registry" | "tax_id" | "identity" | "sanctions" | "bank_account";
                                subject: {
                                    /** @enum {string} */
                                    type: "business" | "person" | "bank_account" | "register_person";
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "pending" | "passed" | "failed" | "needs_review";
                                /** @enum {string|null} */
                                code: "registry_not_found" | "registry_name_mismatch" | "registry_address_mismatch" | "registry_company_inactive" | "registry_company_striking_off" | "registry_company_status_review" | "registry_ownership_discrepancy" | "registry_ownership_unresolved" | "lei_not_found" | "lei_not_active" | "lei_name_mismatch" | "identity_not_verified" | "identity_document_expired" | "identity_no_answer" | "sanctions_potential_match" | "bank_account_invalid" | "bank_account_name_mismatch" | "tax_id_invalid" | "tax_id_not_matched" | "provider_unavailable" | null;
                                provider: string | null;
                                /** @description What the check saw: the provider's answer, the list version and matches of a screening */
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                completedAt: string | null;
                            }[];
                            decision: null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for information: the changed fields; only the checks they touch run again
         * @description Permission: `applications:answer`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "business": {
                     *         "address": {
                     *           "line1": "5 New Street",
                     *           "city": "London",
                     *           "postalCode": "EC2A 2BB",
                     *           "country": "GB"
                     *         }
                     *       },
                     *       "note": "Our registered office moved in October."
                     *     }
                     */
                    "application/json": {
                        business?: {
                            legalName?: string;
                            tradingName?: string;
                            registrationNumber?: string;
                            taxId?: string;
                            vatNumber?: string;
                            tradeRegister?: string;
                            address?: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                        };
                        persons?: {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            dateOfBirth?: string;
                            nationality?: string;
                            address?: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                            idDocument?: {
                                /** @enum {string} */
                                type: "passport" | "national_id" | "driving_licence";
                                number: string;
                                issuingCountry: string;
                                expiresOn?: string;
                            };
                        }[];
                        bankAccount?: {
                            accountHolderName: string;
                            iban?: string;
                            sortCode?: string;
                            routingNumber?: string;
                            accountNumber?: string;
                        };
                        documents?: string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description accepted; verifying again */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "application";
                            /** @enum {string} */
                            status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `no_open_information_request`: No request for information is waiting for an answer; `unknown_person`: A person in the answer is not on this application */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application before it is decided
         * @description Permission: `applications:withdraw`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /**
                     * @example {
                     *       "reason": "We no longer plan to sell on this marketplace."
                     *     }
                     */
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description withdrawn */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "application";
                            /** @enum {string} */
                            status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `application_already_decided`: The application has been decided or withdrawn already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application's documents: type, format, size and SHA-256 (not the bytes)
         * @description Permission: `applications:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "document";
                                applicationId: string;
                                personId: string | null;
                                /** @enum {string} */
                                type: "passport" | "national_id" | "driving_licence" | "proof_of_address" | "business_registration" | "bank_statement" | "tax_document";
                                /** @description read from the first bytes: application/pdf, image/jpeg or image/png */
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a document (PDF, JPEG or PNG); the same file for the same purpose is the same document
         * @description Permission: `applications:answer`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @enum {string} */
                        type: "passport" | "national_id" | "driving_licence" | "proof_of_address" | "business_registration" | "bank_statement" | "tax_document";
                        personId?: string;
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description the same file for the same purpose: already stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "document";
                            applicationId: string;
                            personId: string | null;
                            /** @enum {string} */
                            type: "passport" | "national_id" | "driving_licence" | "proof_of_address" | "business_registration" | "bank_statement" | "tax_document";
                            /** @description read from the first bytes: application/pdf, image/jpeg or image/png */
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description stored */
                201: {
                    headers: {
                        /** @description the document */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "document";
                            applicationId: string;
                            personId: string | null;
                            /** @enum {string} */
                            type: "passport" | "national_id" | "driving_licence" | "proof_of_address" | "business_registration" | "bank_statement" | "tax_document";
                            /** @description read from the first bytes: application/pdf, image/jpeg or image/png */
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `application_already_decided`: The application has been decided or withdrawn already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `document_too_large`: The document is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_document_format`: The document format is not accepted */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/review-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A reviewer's file on an application: the business and its people as submitted, and the case's history from the audit trail
         * @description Permission: `review_tasks:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "review_file";
                            applicationId: string;
                            business: {
                                legalName: string;
                                tradingName: string | null;
                                registrationNumber: string | null;
                                country: string;
                                businessType: string;
                                address: {
                                    [key: string]: unknown;
                                };
                                website: string | null;
                                categories: string[];
                            };
                            persons: {
                                id: string;
                                roles: string[];
                                ownershipPercent: number | null;
                                firstName: string;
                                lastName: string;
                                dateOfBirth: string;
                                nationality: string | null;
                                idDocument: {
                                    type: string;
                                    issuingCountry: string;
                                    expiresOn: string | null;
                                } | null;
                            }[];
                            history: {
                                id: string | number;
                                /** Format: date-time */
                                at: string | null;
                                actor: {
                                    id: string;
                                    role: string | null;
                                };
                                action: string;
                                subject: {
                                    type: string;
                                    id: string;
                                };
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-callbacks/veriff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Veriff's decision webhook, signed in the x-hmac-signature header (hex HMAC-SHA256 of the raw body with the shared secret key)
         * @description Taken only when VERIFF_API_KEY is set. The decision is mapped to the verification named by vendorData: approved verifies, declined, resubmission requested, expired and abandoned do not (with the reason), review (Veriff's own manual review) is acknowledged and waited on. A redelivered decision is acknowledged once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required: hex HMAC-SHA256 of the raw body */
                    "x-hmac-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "verification": {
                     *         "id": "12df6045-3846-3e45-946a-14fa6136d78b",
                     *         "attemptId": "00bca969-b53a-4fad-b065-e1d2a51a35e6",
                     *         "code": 9001,
                     *         "status": "approved",
                     *         "reasonCode": null,
                     *         "vendorData": "identity:app_0123456789abcdefghij:per_0123456789abcdefghij:1",
                     *         "decisionTime": "2026-11-22T10:05:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        status: string;
                        verification: {
                            id: string;
                            attemptId?: string | null;
                            code: number;
                            /** @enum {string} */
                            status: "approved" | "declined" | "resubmission_requested" | "expired" | "abandoned" | "review";
                            reasonCode?: number | null;
                            vendorData?: string | null;
                            decisionTime?: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description received */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /**
                             * @description this event was received before: acknowledged, nothing done again
                             * @enum {boolean}
                             */
                            duplicate?: true;
                            applied?: boolean;
                            /**
                             * @description verification_closed: the verification had ended (timed out to a reviewer), kept, changes nothing; awaiting_vendor_review: the vendor is still reviewing, its decision follows; reference_not_awaited: the verification waits for another vendor reference, this answer changes nothing
                             * @enum {string}
                             */
                            reason?: "verification_closed" | "awaiting_vendor_review" | "reference_not_awaited";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `invalid_signature`: The signature is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unknown_provider`: No such provider; `unknown_reference`: No verification has this reference */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider-callbacks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A vendor's later answer, signed in the Sellergate-Signature header (t=<unix seconds>,v1=<HMAC-SHA256 of t.body>)
         * @description No API key: the signature over the timestamp and the raw body proves the vendor, and a timestamp outside the tolerance is refused. A redelivered event is acknowledged once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description required: t=<unix seconds>,v1=<hex HMAC-SHA256> */
                    "Sellergate-Signature"?: string;
                };
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "eventId": "evt_7f3c2a",
                     *       "reference": "ver_5d1e9b",
                     *       "clientReference": "identity:app_0123456789abcdefghij:per_0123456789abcdefghij:1",
                     *       "result": {
                     *         "status": "verified",
                     *         "documentChecked": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        eventId: string;
                        reference: string;
                        clientReference: string;
                        result: {
                            /** @enum {string} */
                            status: "verified";
                            documentChecked: boolean;
                        } | {
                            /** @enum {string} */
                            status: "not_verified";
                            /** @enum {string} */
                            reason: "data_mismatch" | "document_expired" | "document_unreadable" | "face_mismatch" | "suspected_fraud" | "document_not_supported" | "not_completed";
                        };
                    };
                };
            };
            responses: {
                /** @description received */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /**
                             * @description this event was received before: acknowledged, nothing done again
                             * @enum {boolean}
                             */
                            duplicate?: true;
                            applied?: boolean;
                            /**
                             * @description verification_closed: the verification had ended (timed out to a reviewer), kept, changes nothing; awaiting_vendor_review: the vendor is still reviewing, its decision follows; reference_not_awaited: the verification waits for another vendor reference, this answer changes nothing
                             * @enum {string}
                             */
                            reason?: "verification_closed" | "awaiting_vendor_review" | "reference_not_awaited";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `invalid_signature`: The signature is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unknown_provider`: No such provider; `unknown_reference`: No verification has this reference */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review tasks sorted by SLA due time, cursor-paged
         * @description Permission: `review_tasks:read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "claimed" | "awaiting_second_review" | "decided" | "cancelled";
                    queue?: string;
                    kind?: "application" | "enforcement" | "appeal" | "investigation" | "inquiry" | "notice" | "dispute" | "quality_review";
                    /** @description a reviewer's key ID, or `me` */
                    assignee?: string;
                    /** @description the investigator a case was routed to (key ID, or `me`): their cases not claimed by another */
                    routedTo?: string;
                    risk?: "low" | "medium" | "high";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                kind: "application" | "enforcement" | "appeal" | "investigation" | "inquiry" | "notice" | "dispute" | "quality_review";
                                applicationId: string | null;
                                sellerId: string | null;
                                subjectId: string | null;
                                caseId: string | null;
                                queue: string;
                                /** @enum {string} */
                                status: "open" | "claimed" | "awaiting_second_review" | "decided" | "cancelled";
                                priority: number;
                                reasons: string[];
                                risk: {
                                    level: string;
                                    score: number | null;
                                } | null;
                                assignee: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                routedTo: string | null;
                                pagedTo: string | null;
                                firstReview: {
                                    by: {
                                        id: string;
                                        name: string;
                                        role: string;
                                    };
                                    outcome: string;
                                    rejectType: string | null;
                                    reasons: string[];
                                    decidedAt: string;
                                } | null;
                                /** Format: date-time */
                                slaDueAt: string | null;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One review task
         * @description Permission: `review_tasks:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "application" | "enforcement" | "appeal" | "investigation" | "inquiry" | "notice" | "dispute" | "quality_review";
                            applicationId: string | null;
                            sellerId: string | null;
                            subjectId: string | null;
                            caseId: string | null;
                            queue: string;
                            /** @enum {string} */
                            status: "open" | "claimed" | "awaiting_second_review" | "decided" | "cancelled";
                            priority: number;
                            reasons: string[];
                            risk: {
                                level: string;
                                score: number | null;
                            } | null;
                            assignee: {
                                id: string;
                                name: string | null;
                            } | null;
                            routedTo: string | null;
                            pagedTo: string | null;
                            firstReview: {
                                by: {
                                    id: string;
                                    name: string;
                                    role: string;
                                };
                                outcome: string;
                                rejectType: string | null;
                                reasons: string[];
                                decidedAt: string;
                            } | null;
                            /** Format: date-time */
                            slaDueAt: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review-tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a review task
         * @description Permission: `review_tasks:work`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description claimed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "application" | "enforcement" | "appeal" | "investigation" | "inquiry" | "notice" | "dispute" | "quality_review";
                            applicationId: string | null;
                            sellerId: string | null;
                            subjectId: string | null;
                            caseId: string | null;
                            queue: string;
                            /** @enum {string} */
                            status: "open" | "claimed" | "awaiting_second_review" | "decided" | "cancelled";
                            priority: number;
                            reasons: string[];
                            risk: {
                                level: string;
                                score: number | null;
                            } | null;
                            assignee: {
                                id: string;
                                name: string | null;
                            } | null;
                            routedTo: string | null;
                            pagedTo: string | null;
                            firstReview: {
                                by: {
                                    id: string;
                                    name: string;
                                    role: string;
                                };
                                outcome: string;
                                rejectType: string | null;
                                reasons: string[];
                                decidedAt: string;
                            } | null;
                            /** Format: date-time */
                            slaDueAt: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `four_eyes_same_reviewer`: A second reviewer must confirm this decision: it cannot be the first reviewer; `compliance_officer_required`: Only a compliance officer may take or decide an inquiry; `reviewer_took_original_decision`: A reviewer who took the contested decision cannot review the appeal; `review_task_not_open`: The review task is not open; `review_task_claimed_by_another`: Another reviewer has claimed this review task; `review_task_not_claimed_by_caller`: Claim the review task first */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review-tasks/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a claimed review task: an application's (approve, reject, request_information), an enforcement action's (confirm, decline), an appeal's (uphold, overturn, modify), an investigation's, a notice's, a dispute's or an inquiry's
         * @description The body is checked against the decision the task's kind takes. Permission: `review_tasks:work`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "outcome": "approve",
                     *       "reasons": [
                     *         "false_positive_match"
                     *       ],
                     *       "note": "Different date of birth and nationality from the listed person."
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        outcome: "approve" | "reject" | "request_information";
                        /** @enum {string} */
                        rejectType?: "retry" | "final";
                        reasons: ("false_positive_match" | "identity_confirmed_manually" | "business_confirmed_manually" | "bank_account_confirmed" | "risk_accepted" | "beneficial_owners_confirmed" | "sanctions_match_confirmed" | "identity_not_verified" | "business_not_found" | "bank_account_not_owned" | "prohibited_business" | "fraud_suspected" | "documents_inconsistent" | "business_not_active" | "beneficial_owners_not_established" | "document_required" | "clarification_required" | "bank_proof_required" | "beneficial_owners_required")[];
                        note?: string;
                        requestedItems?: string[];
                    } | {
                        /** @enum {string} */
                        outcome: "confirm" | "decline";
                        note: string;
                    } | {
                        /** @enum {string} */
                        outcome: "uphold" | "overturn" | "modify";
                        reasons: ("decision_correct" | "evidence_insufficient" | "policy_applied_correctly" | "metrics_error" | "decision_incorrect" | "new_evidence_accepted" | "policy_misapplied" | "disproportionate" | "partially_justified")[];
                        note: string;
                        /** @enum {string} */
                        replaceWith?: "warning" | "feature_restriction" | "reduced_visibility";
                    } | {
                        /** @enum {string} */
                        outcome: "no_action" | "enforce";
                        reasons: ("unfounded" | "insufficient_evidence" | "resolved_with_seller" | "false_positive_match" | "counterfeit_confirmed" | "prohibited_items_confirmed" | "fraud_confirmed" | "policy_violation" | "sanctions_match_confirmed" | "performance_deteriorating")[];
                        note: string;
                        /** @enum {string} */
                        rootCause?: "onboarding_gap" | "policy_unclear" | "seller_education" | "deliberate_fraud" | "organised_group" | "listing_quality" | "logistics_failure" | "buyer_misuse" | "detection_false_positive" | "system_error" | "other";
                        action?: {
                            /** @enum {string} */
                            type: "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation";
                            ground: {
                                /** @enum {string} */
                                type: "terms" | "law";
                                reference: string;
                                explanation: string;
                            };
                            facts: string[];
                            /**
                             * @default seller
                             * @enum {string}
                             */
                            scope?: "seller" | "group";
                        };
                    } | {
                        /** @enum {string} */
                        outcome: "approve" | "decline";
                        note: string;
                    } | {
                        /** @enum {string} */
                        outcome: "action" | "no_action";
                        reasons: ("counterfeit_confirmed" | "ip_infringement_confirmed" | "unsafe_product_confirmed" | "prohibited_items_confirmed" | "consumer_law_violation_confirmed" | "fraud_confirmed" | "illegal_speech_confirmed" | "child_abuse_material_confirmed" | "policy_violation" | "not_illegal" | "insufficient_information" | "already_actioned" | "outside_service")[];
                        note: string;
                        /** @enum {string} */
                        rootCause?: "onboarding_gap" | "policy_unclear" | "seller_education" | "deliberate_fraud" | "organised_group" | "listing_quality" | "logistics_failure" | "buyer_misuse" | "detection_false_positive" | "system_error" | "other";
                        /** @default false */
                        manifestlyIllegal?: boolean;
                        /** @default false */
                        manifestlyUnfounded?: boolean;
                        action?: {
                            /** @enum {string} */
                            type: "listing_removal" | "listing_disabled" | "listing_demotion" | "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation";
                            ground: {
                                /** @enum {string} */
                                type: "terms" | "law";
                                reference: string;
                                explanation: string;
                            };
                            facts: string[];
                        };
                    } | {
                        /** @enum {string} */
                        outcome: "buyer_favour" | "partial_refund" | "seller_favour";
                        reasons: ("no_proof_of_delivery" | "item_not_as_described" | "item_damaged" | "counterfeit_confirmed" | "return_received_not_refunded" | "seller_unresponsive" | "carrier_fault" | "item_partly_as_described" | "proof_of_delivery" | "item_as_described" | "damage_after_delivery" | "return_not_received" | "buyer_evidence_insufficient")[];
                        note: string;
                        /** @enum {string} */
                        rootCause?: "onboarding_gap" | "policy_unclear" | "seller_education" | "deliberate_fraud" | "organised_group" | "listing_quality" | "logistics_failure" | "buyer_misuse" | "detection_false_positive" | "system_error" | "other";
                        refund?: {
                            amount: string;
                            currency: string;
                        };
                    } | {
                        outcome: string;
                        reasons: string[];
                        note: string;
                    };
                };
            };
            responses: {
                /** @description decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "decision";
                            reviewTaskId: string;
                            id: string;
                            applicationId: string | null;
                            /** @enum {string} */
                            applicationStatus: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                        } | {
                            /** @enum {string} */
                            object: "information_request";
                            reviewTaskId: string;
                            applicationId: string | null;
                            /** @enum {string} */
                            applicationStatus: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                        } | {
                            /** @enum {string} */
                            object: "enforcement_decision";
                            reviewTaskId: string;
                            enforcementId: string | null;
                            outcome: string;
                            enforcementStatus: string;
                        } | {
                            /** @enum {string} */
                            object: "investigation_decision";
                            reviewTaskId: string;
                            investigationId: string | null;
                            outcome: string;
                        } | {
                            /** @enum {string} */
                            object: "notice_decision";
                            reviewTaskId: string;
                            noticeId: string | null;
                            outcome: string;
                        } | {
                            /** @enum {string} */
                            object: "dispute_decision";
                            reviewTaskId: string;
                            disputeId: string | null;
                            outcome: string;
                        } | {
                            /** @enum {string} */
                            object: "quality_review_decision";
                            reviewTaskId: string;
                            originalTaskId: string | null;
                            outcome: string;
                            agreed: boolean;
                        } | {
                            /** @enum {string} */
                            object: "appeal_decision";
                            reviewTaskId: string;
                            appealId: string;
                            outcome: string;
                        } | {
                            /** @enum {string} */
                            object: "inquiry_decision";
                            reviewTaskId: string;
                            inquiryId: string | null;
                            outcome: string;
                            inquiryStatus: string;
                            /** @enum {boolean} */
                            awaitingSecondApproval: false;
                        };
                    };
                };
                /** @description recorded as the first review or approval; a second reviewer must confirm (four eyes) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "first_review";
                            applicationId: string | null;
                            reviewTaskId: string;
                            /** @enum {string} */
                            applicationStatus: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                            /** @enum {boolean} */
                            awaitingSecondReview: true;
                        } | {
                            /** @enum {string} */
                            object: "inquiry_decision";
                            inquiryId: string | null;
                            reviewTaskId: string;
                            outcome: string;
                            inquiryStatus: string;
                            /** @enum {boolean} */
                            awaitingSecondApproval: true;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `four_eyes_same_reviewer`: A second reviewer must confirm this decision: it cannot be the first reviewer; `outcome_not_supported`: This outcome is not available for this task; `compliance_officer_required`: Only a compliance officer may take or decide an inquiry; `reviewer_took_original_decision`: A reviewer who took the contested decision cannot review the appeal; `trader_traceability_due`: DSA Art. 30 trader information is still due: the application cannot be approved yet; `listing_action_needs_listing`: An action on one listing needs a notice about a listing; act on the seller instead; `review_task_not_open`: The review task is not open; `review_task_claimed_by_another`: Another reviewer has claimed this review task; `review_task_not_claimed_by_caller`: Claim the review task first */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review-tasks/{id}/adjudications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reviewer's verdict on a screening match of a claimed task; a false positive is remembered for the subject and list entry
         * @description Permission: `review_tasks:work`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "checkId": "chk_0123456789abcdefghij",
                     *       "entryId": "ofac-sdn-36",
                     *       "verdict": "false_positive",
                     *       "note": "Listed person born 1961; the applicant in 1988."
                     *     }
                     */
                    "application/json": {
                        checkId: string;
                        entryId: string;
                        /** @enum {string} */
                        verdict: "false_positive" | "true_match";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "screening_adjudication";
                            entryId: string;
                            /** @enum {string} */
                            verdict: "false_positive" | "true_match";
                            listVersion: string;
                            note: string | null;
                            adjudicatedBy: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            reviewTaskId: string;
                            checkId: string;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `review_task_not_open`: The review task is not open; `review_task_claimed_by_another`: Another reviewer has claimed this review task; `review_task_not_claimed_by_caller`: Claim the review task first */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a name against the sanctions lists (reviewers); matches sorted by score
         * @description Permission: `screenings:run`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Jane Doe",
                     *       "type": "person",
                     *       "dateOfBirth": "1980-04-12",
                     *       "country": "GB"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        type: "person" | "organization";
                        dateOfBirth?: string;
                        country?: string;
                        /** @description identity or registration numbers: an exact match with one an entry lists is a match whatever the name */
                        identifiers?: string[];
                    };
                };
            };
            responses: {
                /** @description matches sorted by score */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "screening";
                            listVersion: string;
                            /** @description true when screened against the shipped synthetic test list, which is no real list */
                            syntheticList: boolean;
                            threshold: number;
                            matches: {
                                entryId: string;
                                name: string;
                                matchedName: string;
                                score: number;
                                program: string;
                                /**
                                 * @description what matched: the primary name, a strong alias, a weak alias (corroborated), or an identity number
                                 * @enum {string}
                                 */
                                strength: "primary" | "strong" | "weak" | "identifier";
                                reference?: string;
                                explanation: string[];
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocking-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports of blocked property by deadline (31 C.F.R. § 501.603: within 10 business days of the blocking)
         * @description Permission: `blocking_reports:read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "due" | "filed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "blocking_report";
                                sellerId: string;
                                investigationId: string;
                                holdId: string;
                                authority: string;
                                blockedOn: string;
                                dueOn: string;
                                /** @enum {string} */
                                status: "due" | "filed";
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** Format: date-time */
                                overdueAt: string | null;
                                filing: {
                                    reference: string;
                                    filedAt: string;
                                    filedBy: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocking-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report of blocked property with the package it needs; the read is audited
         * @description Permission: `blocking_reports:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "blocking_report";
                            sellerId: string;
                            investigationId: string;
                            holdId: string;
                            authority: string;
                            blockedOn: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "due" | "filed";
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            overdueAt: string | null;
                            filing: {
                                reference: string;
                                filedAt: string;
                                filedBy: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            package: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blocking-reports/{id}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A compliance officer records that the report was filed with the authority, with its reference
         * @description Permission: `blocking_reports:file`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reference": "NCA-SAR-2026-000123",
                     *       "filedAt": "2026-11-30T09:00:00Z"
                     *     }
                     */
                    "application/json": {
                        reference: string;
                        /** Format: date-time */
                        filedAt: string;
                    };
                };
            };
            responses: {
                /** @description recorded by the report’s workflow */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "blocking_report";
                            sellerId: string;
                            investigationId: string;
                            holdId: string;
                            authority: string;
                            blockedOn: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "due" | "filed";
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            overdueAt: string | null;
                            filing: {
                                reference: string;
                                filedAt: string;
                                filedBy: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `request_not_open`: The request has been answered already or has lapsed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sanctions-list-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sanctions list versions screening ran against, newest first, with what each changed
         * @description Permission: `screenings:run`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                /** @enum {string} */
                                object: "sanctions_list_version";
                                version: string;
                                previousVersion: string | null;
                                /** Format: date-time */
                                loadedAt: string | null;
                                entries: number;
                                added: number;
                                changed: number;
                                removed: number;
                                sources: {
                                    file: string;
                                    publishedAt?: string;
                                    entries: number;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sanctions-list-versions/{version}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entries a list version added, changed or removed, with their digests as it had them
         * @description Permission: `screenings:run`.
         */
        get: {
            parameters: {
                query?: {
                    entryId?: string;
                };
                header?: never;
                path: {
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                entryId: string;
                                /** @enum {string} */
                                change: "added" | "changed" | "removed";
                                digest: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discrepancy-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Register discrepancy reports (MLR 2017 reg. 30A), oldest first
         * @description Permission: `discrepancy_reports:read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "awaiting_approval" | "approved" | "dismissed" | "filed";
                    applicationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the reports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "discrepancy_report";
                                applicationId: string;
                                checkId: string;
                                registrar: string;
                                companyNumber: string;
                                /** @enum {string} */
                                status: "awaiting_approval" | "approved" | "dismissed" | "filed";
                                decision: {
                                    by: string;
                                    at: string;
                                    reason: string | null;
                                } | null;
                                filing: {
                                    reference: string;
                                    filedAt: string;
                                    filedBy: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discrepancy-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A register discrepancy report with its package; the read is audited
         * @description Permission: `discrepancy_reports:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "discrepancy_report";
                            applicationId: string;
                            checkId: string;
                            registrar: string;
                            companyNumber: string;
                            /** @enum {string} */
                            status: "awaiting_approval" | "approved" | "dismissed" | "filed";
                            decision: {
                                by: string;
                                at: string;
                                reason: string | null;
                            } | null;
                            filing: {
                                reference: string;
                                filedAt: string;
                                filedBy: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            package: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discrepancy-reports/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A compliance officer approves the report for filing, or dismisses it with the reason
         * @description Permission: `discrepancy_reports:decide`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "decision": "approve",
                     *       "reason": "The register names a different person with significant control."
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        decision: "approve" | "dismiss";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description the report as decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "discrepancy_report";
                            applicationId: string;
                            checkId: string;
                            registrar: string;
                            companyNumber: string;
                            /** @enum {string} */
                            status: "awaiting_approval" | "approved" | "dismissed" | "filed";
                            decision: {
                                by: string;
                                at: string;
                                reason: string | null;
                            } | null;
                            filing: {
                                reference: string;
                                filedAt: string;
                                filedBy: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `discrepancy_report_decided`: The discrepancy report has been decided already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/discrepancy-reports/{id}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A compliance officer records that the approved report was filed with the registrar, with its reference
         * @description Permission: `discrepancy_reports:decide`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reference": "NCA-SAR-2026-000123",
                     *       "filedAt": "2026-11-30T09:00:00Z"
                     *     }
                     */
                    "application/json": {
                        reference: string;
                        /** Format: date-time */
                        filedAt: string;
                    };
                };
            };
            responses: {
                /** @description the report as filed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "discrepancy_report";
                            applicationId: string;
                            checkId: string;
                            registrar: string;
                            companyNumber: string;
                            /** @enum {string} */
                            status: "awaiting_approval" | "approved" | "dismissed" | "filed";
                            decision: {
                                by: string;
                                at: string;
                                reason: string | null;
                            } | null;
                            filing: {
                                reference: string;
                                filedAt: string;
                                filedBy: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `discrepancy_report_not_approved`: Only an approved discrepancy report can be filed, and only once */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A seller: status, capabilities, standing, what is due, retention, INFORM, open enforcement and applications
         * @description Permission: `sellers:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the seller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "seller";
                            externalRef: string;
                            status: string;
                            capabilities: {
                                listing: boolean;
                                selling: boolean;
                                payouts: boolean;
                                visibility: string;
                                restrictedFeatures: string[];
                            };
                            standing: {
                                level: string;
                                points: number;
                                asOf: string | null;
                                policyVersion: string | null;
                            };
                            disputes: {
                                windowDays: number;
                                orders: number;
                                disputes: number;
                                sellerFault: number;
                                disputeRate: number | null;
                                sellerFaultRate: number | null;
                            };
                            requirements: {
                                currentlyDue: string[];
                                /** Format: date-time */
                                currentDeadline: string | null;
                                requests: {
                                    id: string;
                                    kind: string;
                                    items: string[];
                                    /** Format: date-time */
                                    dueAt: string | null;
                                }[];
                            };
                            retention: {
                                /** Format: date-time */
                                relationshipEndedAt: string | null;
                                stage: string | null;
                                traderDataUntil: string | null;
                                amlRecordsUntil: string | null;
                                legalHolds: number;
                            };
                            inform: {
                                status: string;
                                /** @enum {string|null} */
                                sellerKind: "individual" | "business" | null;
                                highVolumeSince: string | null;
                                missing: string[];
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                certifiedAt: string | null;
                                /** Format: date-time */
                                verifiedAt: string | null;
                                verification: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        status: "verified" | "failed" | "not_verifiable";
                                        provider: string;
                                        result?: string;
                                    };
                                } | null;
                                buyerDisclosure: {
                                    required: boolean;
                                    peakRevenueUsd: number | null;
                                    show: {
                                        name: boolean;
                                        /** @enum {string} */
                                        address: "full" | "country_and_state";
                                        phone: boolean;
                                        email: boolean;
                                    } | null;
                                } | null;
                            } | null;
                            openEnforcements: {
                                id: string;
                                type: string;
                                status: string;
                                /** Format: date-time */
                                effectiveAt: string | null;
                            }[];
                            applications: {
                                id: string;
                                /** @enum {string} */
                                status: "submitted" | "verifying" | "in_review" | "information_requested" | "approved" | "rejected" | "withdrawn" | "expired";
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/inform-certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * INFORM Act: the high-volume seller's certification, with any data it adds
         * @description Permission: `sellers:certify`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "certify": true,
                     *       "taxId": "GB123456789",
                     *       "email": "ops@acme.example",
                     *       "phone": "+442079460000"
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        certify: true;
                        taxId?: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        disclosureExceptions?: ("no_business_address" | "no_business_phone")[];
                    };
                };
            };
            responses: {
                /** @description certified; recorded by the INFORM process */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "inform_certification";
                            sellerId: string;
                            certifiedAt: string;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `no_certification_due`: No INFORM certification is due for this seller */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request to the seller: a new identity document before the old one expires, or what was eventually due at approval
         * @description Permission: `sellers:certify`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "requestId": "req_0123456789abcdefghij",
                     *       "idDocument": {
                     *         "type": "passport",
                     *         "number": "987654321",
                     *         "issuingCountry": "GB",
                     *         "expiresOn": "2035-01-31"
                     *       }
                     *     }
                     */
                    "application/json": {
                        requestId: string;
                        idDocument?: {
                            /** @enum {string} */
                            type: "passport" | "national_id" | "driving_licence";
                            number: string;
                            issuingCountry: string;
                            expiresOn?: string;
                        };
                        business?: {
                            legalName?: string;
                            tradingName?: string;
                            registrationNumber?: string;
                            taxId?: string;
                            vatNumber?: string;
                            tradeRegister?: string;
                            address?: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                        };
                        persons?: {
                            id: string;
                            nationality?: string;
                            address?: {
                                line1: string;
                                line2?: string;
                                city: string;
                                postalCode?: string;
                                region?: string;
                                country: string;
                            };
                            idDocument?: {
                                /** @enum {string} */
                                type: "passport" | "national_id" | "driving_licence";
                                number: string;
                                issuingCountry: string;
                                expiresOn?: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description answered (a new document is then verified) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "seller_request";
                            id: string;
                            /** @enum {string} */
                            status: "answered";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `request_not_open`: The request has been answered already or has lapsed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/enforcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seller's enforcement actions with their statements of reasons
         * @description Permission: `enforcements:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the actions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "enforcement";
                                sellerId: string;
                                /** @enum {string} */
                                type: "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation" | "sanctions_hold" | "listing_removal" | "listing_disabled" | "listing_demotion";
                                /** @enum {string} */
                                status: "awaiting_decision" | "notice" | "active" | "ended" | "cancelled" | "declined" | "reversed";
                                statementOfReasons: {
                                    facts: string[];
                                    ground: {
                                        /** @enum {string} */
                                        type: "terms" | "law";
                                        references: string[];
                                        explanation: string;
                                    };
                                    automatedDetection: boolean;
                                    /** @enum {string} */
                                    automatedDecision: "fully" | "partially" | "not_automated";
                                    scope: {
                                        /** @enum {string} */
                                        type: "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation" | "sanctions_hold" | "listing_removal" | "listing_disabled" | "listing_demotion";
                                        restrictions: {
                                            /** @enum {boolean} */
                                            listing?: false;
                                            /** @enum {boolean} */
                                            selling?: false;
                                            /** @enum {boolean} */
                                            payouts?: false;
                                            /** @enum {string} */
                                            visibility?: "reduced" | "hidden";
                                            features?: string[];
                                        };
                                    };
                                    duration: {
                                        noticeHours: number;
                                        durationDays: number | null;
                                    };
                                    redress: {
                                        appeal: string;
                                        outOfCourt: string;
                                        judicial: string;
                                    };
                                    policyVersion: string;
                                    reasons?: string[];
                                    source?: {
                                        /** @enum {string} */
                                        type: "notice" | "trusted_flagger" | "own_initiative";
                                    };
                                    listedEntries?: string[];
                                    listing?: {
                                        id: string;
                                        listedAt?: string;
                                    };
                                };
                                restrictions: {
                                    /** @enum {boolean} */
                                    listing?: false;
                                    /** @enum {boolean} */
                                    selling?: false;
                                    /** @enum {boolean} */
                                    payouts?: false;
                                    /** @enum {string} */
                                    visibility?: "reduced" | "hidden";
                                    features?: string[];
                                };
                                automatedDetection: boolean;
                                automatedDecision: boolean;
                                decidedBy: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date-time */
                                effectiveAt: string | null;
                                /** Format: date-time */
                                endsAt: string | null;
                                /** Format: date-time */
                                endedAt: string | null;
                                /** Format: date-time */
                                appealableUntil: string | null;
                                source: {
                                    type: string;
                                    id: string | null;
                                };
                                listingId: string | null;
                                /** Format: date-time */
                                createdAt: string | null;
                                transparencyDatabase?: {
                                    /** @enum {string} */
                                    status: "queued" | "sent" | "accepted" | "refused";
                                    attempts: number;
                                    uuid: string | null;
                                    errors: {
                                        [key: string]: string[];
                                    } | null;
                                    queuedAt: string;
                                    /** Format: date-time */
                                    sentAt: string | null;
                                    /** Format: date-time */
                                    resolvedAt: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Daily performance metrics (order systems); a day sent again replaces that day
         * @description Permission: `sellers:metrics`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "days": [
                     *         {
                     *           "date": "2026-11-30",
                     *           "orders": 120,
                     *           "preFulfilmentCancellations": 1,
                     *           "lateShipments": 3,
                     *           "orderDefects": 0,
                     *           "shipments": 118,
                     *           "shipmentsWithValidTracking": 117,
                     *           "sales": {
                     *             "amount": "4830.50",
                     *             "currency": "GBP"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        days: {
                            date: string;
                            orders: number;
                            preFulfilmentCancellations: number;
                            lateShipments: number;
                            orderDefects: number;
                            shipments: number;
                            shipmentsWithValidTracking: number;
                            sales: {
                                amount: string;
                                currency: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description stored: how many days, and how many of them replaced a day sent before */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "metrics_receipt";
                            sellerId: string;
                            days: number;
                            replaced: number;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal an enforcement action or a rejected application (within 183 days of the decision)
         * @description The same appeal sent again is the same appeal; another appeal against a decision with one open is refused. Permission: `appeals:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "subject": {
                     *         "type": "enforcement",
                     *         "id": "enf_0123456789abcdefghij"
                     *       },
                     *       "statement": "The late shipments were the carrier’s strike week; tracking shows every parcel handed over on time.",
                     *       "evidence": [
                     *         "https://acme.example/carrier-notice.pdf"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        subject: {
                            /** @enum {string} */
                            type: "enforcement";
                            id: string;
                        } | {
                            /** @enum {string} */
                            type: "application";
                            id: string;
                        };
                        statement: string;
                        /** @default [] */
                        evidence?: (string)[];
                    };
                };
            };
            responses: {
                /** @description received; a reviewer who did not take the decision will decide it */
                202: {
                    headers: {
                        /** @description the appeal */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "appeal";
                            sellerId: string;
                            subject: {
                                /** @enum {string} */
                                type: "enforcement" | "application";
                                id: string;
                            };
                            statement: string;
                            evidence: string[];
                            /** @enum {string} */
                            status: "open" | "decided";
                            /** @enum {string|null} */
                            outcome: "uphold" | "overturn" | "modify" | null;
                            reasons: string[] | null;
                            note: string | null;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            redress: {
                                outOfCourt: string;
                                judicial: string;
                            } | null;
                            reconsiderationApplicationId: string | null;
                            /** Format: date-time */
                            slaDueAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `appeal_window_closed`: The time to appeal this decision has passed; `appeal_already_open`: An appeal against this decision is already open; `not_appealable`: This decision cannot be appealed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An appeal and its outcome
         * @description Permission: `appeals:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the appeal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "appeal";
                            sellerId: string;
                            subject: {
                                /** @enum {string} */
                                type: "enforcement" | "application";
                                id: string;
                            };
                            statement: string;
                            evidence: string[];
                            /** @enum {string} */
                            status: "open" | "decided";
                            /** @enum {string|null} */
                            outcome: "uphold" | "overturn" | "modify" | null;
                            reasons: string[] | null;
                            note: string | null;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            redress: {
                                outOfCourt: string;
                                judicial: string;
                            } | null;
                            reconsiderationApplicationId: string | null;
                            /** Format: date-time */
                            slaDueAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enforcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One enforcement action with its statement of reasons
         * @description Permission: `enforcements:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "enforcement";
                            sellerId: string;
                            /** @enum {string} */
                            type: "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation" | "sanctions_hold" | "listing_removal" | "listing_disabled" | "listing_demotion";
                            /** @enum {string} */
                            status: "awaiting_decision" | "notice" | "active" | "ended" | "cancelled" | "declined" | "reversed";
                            statementOfReasons: {
                                facts: string[];
                                ground: {
                                    /** @enum {string} */
                                    type: "terms" | "law";
                                    references: string[];
                                    explanation: string;
                                };
                                automatedDetection: boolean;
                                /** @enum {string} */
                                automatedDecision: "fully" | "partially" | "not_automated";
                                scope: {
                                    /** @enum {string} */
                                    type: "warning" | "feature_restriction" | "reduced_visibility" | "suspension" | "deactivation" | "sanctions_hold" | "listing_removal" | "listing_disabled" | "listing_demotion";
                                    restrictions: {
                                        /** @enum {boolean} */
                                        listing?: false;
                                        /** @enum {boolean} */
                                        selling?: false;
                                        /** @enum {boolean} */
                                        payouts?: false;
                                        /** @enum {string} */
                                        visibility?: "reduced" | "hidden";
                                        features?: string[];
                                    };
                                };
                                duration: {
                                    noticeHours: number;
                                    durationDays: number | null;
                                };
                                redress: {
                                    appeal: string;
                                    outOfCourt: string;
                                    judicial: string;
                                };
                                policyVersion: string;
                                reasons?: string[];
                                source?: {
                                    /** @enum {string} */
                                    type: "notice" | "trusted_flagger" | "own_initiative";
                                };
                                listedEntries?: string[];
                                listing?: {
                                    id: string;
                                    listedAt?: string;
                                };
                            };
                            restrictions: {
                                /** @enum {boolean} */
                                listing?: false;
                                /** @enum {boolean} */
                                selling?: false;
                                /** @enum {boolean} */
                                payouts?: false;
                                /** @enum {string} */
                                visibility?: "reduced" | "hidden";
                                features?: string[];
                            };
                            automatedDetection: boolean;
                            automatedDecision: boolean;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            effectiveAt: string | null;
                            /** Format: date-time */
                            endsAt: string | null;
                            /** Format: date-time */
                            endedAt: string | null;
                            /** Format: date-time */
                            appealableUntil: string | null;
                            source: {
                                type: string;
                                id: string | null;
                            };
                            listingId: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                            transparencyDatabase?: {
                                /** @enum {string} */
                                status: "queued" | "sent" | "accepted" | "refused";
                                attempts: number;
                                uuid: string | null;
                                errors: {
                                    [key: string]: string[];
                                } | null;
                                queuedAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                            } | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enforcements/{id}/transparency-database": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statement of reasons as the body of the EU DSA Transparency Database's create-statement call, without personal data
         * @description Permission: `enforcements:export`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the statement */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            puid: string;
                            /** @enum {string} */
                            decision_ground: "DECISION_GROUND_ILLEGAL_CONTENT" | "DECISION_GROUND_INCOMPATIBLE_CONTENT";
                            category: string;
                            content_type: string[];
                            content_date: string;
                            application_date: string;
                            decision_facts: string;
                            /** @enum {string} */
                            source_type: "SOURCE_ARTICLE_16" | "SOURCE_TRUSTED_FLAGGER" | "SOURCE_VOLUNTARY";
                            /** @enum {string} */
                            automated_detection: "Yes" | "No";
                            /** @enum {string} */
                            automated_decision: "AUTOMATED_DECISION_FULLY" | "AUTOMATED_DECISION_PARTIALLY" | "AUTOMATED_DECISION_NOT_AUTOMATED";
                            territorial_scope: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `not_a_restriction`: This action restricts nothing, so it has no Transparency Database statement */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A report of suspicious seller activity; reports about one seller join that seller's open investigation
         * @description The same report sent again (Idempotency-Key, or an identical body) is one report. Permission: `reports:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_0123456789abcdefghij",
                     *       "category": "counterfeit",
                     *       "description": "The trainers I received carry a fake brand label.",
                     *       "evidence": [
                     *         "https://buyer.example/photo.jpg"
                     *       ],
                     *       "reporter": {
                     *         "type": "buyer",
                     *         "contact": "buyer@buyer.example"
                     *       }
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        /** @enum {string} */
                        category: "counterfeit" | "prohibited_items" | "fraud" | "misleading_listing" | "non_delivery" | "ip_infringement" | "other";
                        description: string;
                        /** @default [] */
                        evidence?: (string)[];
                        reporter: {
                            /** @enum {string} */
                            type: "buyer" | "internal";
                            /** Format: email */
                            contact?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description received */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "report";
                            sellerId: string;
                            /** @enum {string} */
                            category: "counterfeit" | "prohibited_items" | "fraud" | "misleading_listing" | "non_delivery" | "ip_infringement" | "other";
                            /** @enum {string} */
                            status: "received";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/investigations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An investigation: the reports, anomalies and screening hits that joined it, and its outcome
         * @description Permission: `investigations:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "investigation";
                            sellerId: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            signals: ({
                                /** @enum {string} */
                                source: "report";
                                reportId: string;
                                /** @enum {string} */
                                category: "counterfeit" | "prohibited_items" | "fraud" | "misleading_listing" | "non_delivery" | "ip_infringement" | "other";
                            } | {
                                /** @enum {string} */
                                source: "anomaly";
                                rule: string;
                                recentRate: number;
                                baselineRate: number;
                            } | {
                                /** @enum {string} */
                                source: "screening_hit";
                                applicationId: string;
                                checkId: string;
                                entryIds: string[];
                                listVersion?: string;
                                slaHours?: number;
                            } | {
                                /** @enum {string} */
                                source: "document_lapsed";
                                requestId: string;
                                personId: string;
                                /** @enum {string} */
                                outcome: "not_renewed" | "not_verified";
                            } | {
                                /** @enum {string} */
                                source: "requirements_lapsed";
                                requestId: string;
                                items: string[];
                            } | {
                                /** @enum {string} */
                                source: "registry_change";
                                applicationId: string;
                                checkId: string;
                                code?: string;
                                changes: string[];
                            } | {
                                /** @enum {string} */
                                source: "dispute";
                                disputeId: string;
                                scenario: string;
                            } | {
                                /** @enum {string} */
                                source: "dispute_rate";
                                sellerFault: number;
                                orders: number;
                            } | {
                                /** @enum {string} */
                                source: "account_group";
                                memberIds: string[];
                            })[];
                            reports: {
                                id: string;
                                /** @enum {string} */
                                category: "counterfeit" | "prohibited_items" | "fraud" | "misleading_listing" | "non_delivery" | "ip_infringement" | "other";
                                description: string;
                                evidence: string[];
                                reporterType: string;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                            outcome: string | null;
                            reasons: string[] | null;
                            note: string | null;
                            enforcementId: string | null;
                            groupEnforcementIds: string[];
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notices, newest first, cursor-paged; filter by status and by whether a trusted flagger sent them
         * @description Permission: `notices:list`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "in_review" | "decided" | "set_aside";
                    trusted?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "notice";
                                sellerId: string;
                                target: {
                                    /** @enum {string} */
                                    type: "listing" | "seller";
                                    listingId: string | null;
                                };
                                /** @enum {string} */
                                category: "counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal";
                                trustedFlaggerId: string | null;
                                /** @enum {string} */
                                status: "received" | "in_review" | "decided" | "set_aside";
                                explanation?: string;
                                locations?: string[];
                                legalReference?: string;
                                /** @enum {string|null} */
                                outcome: "action" | "no_action" | null;
                                reasons: string[] | null;
                                manifestlyIllegal: boolean;
                                manifestlyUnfounded: boolean;
                                enforcementId: string | null;
                                decidedBy: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * A notice of illegal content about a listing or a seller (DSA Art. 16); a trusted flagger’s goes first
         * @description Art. 16(2) asks for an explanation, the exact URLs, the notifier’s name and email (not for child sexual abuse material) and a good-faith statement: a notice missing any is refused with each missing element named. The same notice sent again is one notice. Permission: `notices:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "target": {
                     *         "type": "listing",
                     *         "sellerId": "sel_0123456789abcdefghjk",
                     *         "listingId": "lst-5521",
                     *         "listedAt": "2026-10-01T09:00:00Z"
                     *       },
                     *       "category": "counterfeit",
                     *       "explanation": "The handbags in this listing carry our registered trade mark and were not made by us.",
                     *       "locations": [
                     *         "https://shop.example/listings/lst-5521"
                     *       ],
                     *       "notifier": {
                     *         "name": "Brand Protection Network",
                     *         "email": "notices@brand.example"
                     *       },
                     *       "goodFaith": true,
                     *       "legalReference": "Regulation (EU) 2017/1001, Art. 9"
                     *     }
                     */
                    "application/json": {
                        target: {
                            /** @enum {string} */
                            type: "listing" | "seller";
                            sellerId: string;
                            listingId?: string;
                            /** Format: date-time */
                            listedAt?: string;
                        };
                        /** @enum {string} */
                        category: "counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal";
                        explanation?: string;
                        locations?: string[];
                        notifier?: {
                            name?: string;
                            /** Format: email */
                            email?: string;
                        };
                        goodFaith?: boolean;
                        legalReference?: string;
                    };
                };
            };
            responses: {
                /** @description received; the receipt is also sent to the notifier’s email */
                202: {
                    headers: {
                        /** @description the notice */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "notice";
                            sellerId: string;
                            /** @enum {string} */
                            category: "counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal";
                            /** @enum {string} */
                            status: "received";
                            trustedFlaggerId: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A notice: where it stands and how it was decided
         * @description The key that filed a notice sees it without its text; reviewers see the text and locations too. Permission: `notices:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the notice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "notice";
                            sellerId: string;
                            target: {
                                /** @enum {string} */
                                type: "listing" | "seller";
                                listingId: string | null;
                            };
                            /** @enum {string} */
                            category: "counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal";
                            trustedFlaggerId: string | null;
                            /** @enum {string} */
                            status: "received" | "in_review" | "decided" | "set_aside";
                            explanation?: string;
                            locations?: string[];
                            legalReference?: string;
                            /** @enum {string|null} */
                            outcome: "action" | "no_action" | null;
                            reasons: string[] | null;
                            manifestlyIllegal: boolean;
                            manifestlyUnfounded: boolean;
                            enforcementId: string | null;
                            decidedBy: {
                                id: string;
                                name: string | null;
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/trusted-flaggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trusted flaggers with their accuracy: notices decided, acted on, manifestly unfounded, median hours to a decision
         * @description Permission: `trusted_flaggers:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the flaggers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                name: string;
                                memberState: string;
                                expertise: string[];
                                status: string;
                                decided: number;
                                actioned: number;
                                unfounded: number;
                                accuracy: number | null;
                                medianHoursToDecision: number | null;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a trusted flagger (DSA Art. 22) by the API key client its notices come from
         * @description Registering the same client again answers the flagger already registered. Permission: `trusted_flaggers:manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Brand Protection Network",
                     *       "memberState": "DE",
                     *       "expertise": [
                     *         "counterfeit",
                     *         "intellectual_property"
                     *       ],
                     *       "clientId": "key_0123456789abcdefghjk"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        memberState: string;
                        expertise: ("counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal")[];
                        clientId: string;
                    };
                };
            };
            responses: {
                /** @description registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "trusted_flagger";
                            name: string;
                            memberState: string;
                            expertise: ("counterfeit" | "intellectual_property" | "unsafe_product" | "prohibited_product" | "consumer_protection" | "scam_fraud" | "illegal_speech" | "child_sexual_abuse_material" | "other_illegal")[];
                            clientId: string;
                            status: string;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disputes, newest first, cursor-paged; filter by status and seller
         * @description Permission: `disputes:list`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                    sellerId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "dispute";
                                orderId: string;
                                sellerId: string;
                                buyerRef: string;
                                /** @enum {string} */
                                scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                                category: string;
                                amount: {
                                    amount: string;
                                    currency: string;
                                };
                                rulesVersion: string;
                                ruleId: string;
                                /** @enum {string} */
                                path: "auto_refund" | "seller_response";
                                /** @enum {string} */
                                status: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                                /** Format: date-time */
                                respondBy: string | null;
                                /** @enum {string|null} */
                                sellerAnswer: "accept" | "contest" | null;
                                /** @enum {string|null} */
                                outcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                                reasons: string[] | null;
                                refund: {
                                    amount: string;
                                    currency: string;
                                } | null;
                                /** @enum {string|null} */
                                decidedBy: "rule" | "seller" | "deadline" | "reviewer" | "buyer" | null;
                                sellerFault: boolean | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                /** @enum {string|null} */
                                appealedBy: "seller" | "buyer" | null;
                                /** @enum {string|null} */
                                finalOutcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                                overturned: boolean;
                                description?: string;
                                evidence?: string[];
                                sellerStatement?: string;
                                /** Format: date-time */
                                createdAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * A buyer’s dispute about an order; the rules of its category and scenario choose its path
         * @description One dispute per order and scenario: the same dispute sent again is the same dispute. The answer says the path, the rule that chose it and, for a seller response, by when. Permission: `disputes:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "orderId": "ord-200117",
                     *       "sellerId": "sel_0123456789abcdefghjk",
                     *       "buyerRef": "buyer-88213",
                     *       "scenario": "not_received",
                     *       "category": "home",
                     *       "amount": {
                     *         "amount": "42.00",
                     *         "currency": "GBP"
                     *       },
                     *       "description": "Tracking shows the parcel stuck at the depot for two weeks.",
                     *       "evidence": [
                     *         "https://tracking.example/ord-200117"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        orderId: string;
                        sellerId: string;
                        buyerRef: string;
                        /** @enum {string} */
                        scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                        category: string;
                        amount: {
                            amount: string;
                            currency: string;
                        };
                        description: string;
                        /** @default [] */
                        evidence?: (string)[];
                    };
                };
            };
            responses: {
                /** @description opened */
                202: {
                    headers: {
                        /** @description the dispute */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "dispute";
                            orderId: string;
                            sellerId: string;
                            buyerRef: string;
                            /** @enum {string} */
                            scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                            category: string;
                            amount: {
                                amount: string;
                                currency: string;
                            };
                            rulesVersion: string;
                            ruleId: string;
                            /** @enum {string} */
                            path: "auto_refund" | "seller_response";
                            /** @enum {string} */
                            status: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                            /** Format: date-time */
                            respondBy: string | null;
                            /** @enum {string|null} */
                            sellerAnswer: "accept" | "contest" | null;
                            /** @enum {string|null} */
                            outcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            reasons: string[] | null;
                            refund: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @enum {string|null} */
                            decidedBy: "rule" | "seller" | "deadline" | "reviewer" | "buyer" | null;
                            sellerFault: boolean | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {string|null} */
                            appealedBy: "seller" | "buyer" | null;
                            /** @enum {string|null} */
                            finalOutcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            overturned: boolean;
                            description?: string;
                            evidence?: string[];
                            sellerStatement?: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dispute: its path, the rule that chose it, where it stands and how it was resolved
         * @description Permission: `disputes:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the dispute */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "dispute";
                            orderId: string;
                            sellerId: string;
                            buyerRef: string;
                            /** @enum {string} */
                            scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                            category: string;
                            amount: {
                                amount: string;
                                currency: string;
                            };
                            rulesVersion: string;
                            ruleId: string;
                            /** @enum {string} */
                            path: "auto_refund" | "seller_response";
                            /** @enum {string} */
                            status: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                            /** Format: date-time */
                            respondBy: string | null;
                            /** @enum {string|null} */
                            sellerAnswer: "accept" | "contest" | null;
                            /** @enum {string|null} */
                            outcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            reasons: string[] | null;
                            refund: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @enum {string|null} */
                            decidedBy: "rule" | "seller" | "deadline" | "reviewer" | "buyer" | null;
                            sellerFault: boolean | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {string|null} */
                            appealedBy: "seller" | "buyer" | null;
                            /** @enum {string|null} */
                            finalOutcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            overturned: boolean;
                            description?: string;
                            evidence?: string[];
                            sellerStatement?: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seller accepts (the buyer is refunded) or contests (a reviewer decides) within the rule’s window
         * @description Permission: `disputes:respond`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "answer": "contest",
                     *       "statement": "The parcel was delivered and signed for on 2 December.",
                     *       "evidence": [
                     *         "https://carrier.example/pod/ord-200117"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        answer: "accept" | "contest";
                        statement: string;
                        /** @default [] */
                        evidence?: (string)[];
                    };
                };
            };
            responses: {
                /** @description answered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "dispute";
                            orderId: string;
                            sellerId: string;
                            buyerRef: string;
                            /** @enum {string} */
                            scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                            category: string;
                            amount: {
                                amount: string;
                                currency: string;
                            };
                            rulesVersion: string;
                            ruleId: string;
                            /** @enum {string} */
                            path: "auto_refund" | "seller_response";
                            /** @enum {string} */
                            status: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                            /** Format: date-time */
                            respondBy: string | null;
                            /** @enum {string|null} */
                            sellerAnswer: "accept" | "contest" | null;
                            /** @enum {string|null} */
                            outcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            reasons: string[] | null;
                            refund: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @enum {string|null} */
                            decidedBy: "rule" | "seller" | "deadline" | "reviewer" | "buyer" | null;
                            sellerFault: boolean | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {string|null} */
                            appealedBy: "seller" | "buyer" | null;
                            /** @enum {string|null} */
                            finalOutcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            overturned: boolean;
                            description?: string;
                            evidence?: string[];
                            sellerStatement?: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `dispute_not_awaiting_seller`: The dispute is not waiting for the seller’s answer (answered, decided, or the window closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The buyer withdrew the dispute (until it is resolved)
         * @description Permission: `disputes:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description withdrawal sent to the dispute */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "dispute";
                            /** @enum {string} */
                            withdrawal: "requested";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `dispute_not_awaiting_seller`: The dispute is not waiting for the seller’s answer (answered, decided, or the window closed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disputes/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a review of a resolved dispute by another reviewer, once, within 7 days of the resolution
         * @description The seller appeals through the frontend, the buyer through the order system. Permission: `disputes:appeal`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "by": "seller",
                     *       "statement": "The proof of delivery was not considered.",
                     *       "evidence": []
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        by: "seller" | "buyer";
                        statement: string;
                        /** @default [] */
                        evidence?: (string)[];
                    };
                };
            };
            responses: {
                /** @description appealed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "dispute";
                            orderId: string;
                            sellerId: string;
                            buyerRef: string;
                            /** @enum {string} */
                            scenario: "not_received" | "not_as_described" | "damaged" | "counterfeit" | "return_not_refunded";
                            category: string;
                            amount: {
                                amount: string;
                                currency: string;
                            };
                            rulesVersion: string;
                            ruleId: string;
                            /** @enum {string} */
                            path: "auto_refund" | "seller_response";
                            /** @enum {string} */
                            status: "awaiting_seller" | "in_review" | "resolved" | "appealed" | "closed";
                            /** Format: date-time */
                            respondBy: string | null;
                            /** @enum {string|null} */
                            sellerAnswer: "accept" | "contest" | null;
                            /** @enum {string|null} */
                            outcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            reasons: string[] | null;
                            refund: {
                                amount: string;
                                currency: string;
                            } | null;
                            /** @enum {string|null} */
                            decidedBy: "rule" | "seller" | "deadline" | "reviewer" | "buyer" | null;
                            sellerFault: boolean | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {string|null} */
                            appealedBy: "seller" | "buyer" | null;
                            /** @enum {string|null} */
                            finalOutcome: "buyer_favour" | "partial_refund" | "seller_favour" | "withdrawn" | null;
                            overturned: boolean;
                            description?: string;
                            evidence?: string[];
                            sellerStatement?: string;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `dispute_not_appealable`: The dispute is not resolved, was appealed already, or its appeal window has closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dispute-rules/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per dispute-rules version and rule: disputes decided, overturned on appeal, median hours to resolution
         * @description Permission: `disputes:report`.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "dispute_rule_report";
                            currentVersion: string;
                            versions: string[];
                            rules: {
                                rulesVersion: string;
                                ruleId: string;
                                decided: number;
                                automatic: number;
                                byDeadline: number;
                                byReviewer: number;
                                appealed: number;
                                overturned: number;
                                overturnRate: number | null;
                                buyerFavour: number;
                                sellerFault: number;
                                medianHoursToResolution: number | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/identifiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Devices and IP addresses the marketplace saw the seller use: they link the seller to others who share them
         * @description Kept as keyed fingerprints only. The same report sent again is one report. Permission: `sellers:identifiers`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "identifiers": [
                     *         {
                     *           "kind": "device",
                     *           "value": "dev-5f2c9a0e-77b1"
                     *         },
                     *         {
                     *           "kind": "ip",
                     *           "value": "203.0.113.42"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        identifiers: {
                            /** @enum {string} */
                            kind: "device" | "ip";
                            value: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "identifier_report";
                            sellerId: string;
                            added: number;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/account-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seller’s account group: every seller linked to it through shared identifiers, the links, and each member’s state
         * @description Permission: `account_groups:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the group */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "account_group";
                            sellerId: string;
                            members: {
                                sellerId: string;
                                status: string;
                                externalRef: string;
                                enforcements: {
                                    id: string;
                                    type: string;
                                    status: string;
                                }[];
                            }[];
                            links: {
                                sellers: string[];
                                kinds: ("bank_account" | "tax_id" | "person" | "address" | "phone" | "email_domain" | "device" | "ip")[];
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/account-group/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open (or join) the seller’s investigation on its whole account group
         * @description Its decision may then enforce on every member: `action.scope: group` in the investigation decision. Permission: `account_groups:investigate`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the group joined the seller’s investigation */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "account_group_investigation";
                            sellerId: string;
                            memberIds: string[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operations/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The targets per two-month period (SLA attainment, backlog age) with the figures for the last six periods, oldest first
         * @description Permission: `governance:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the targets and their trend */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "operations_targets";
                            targets: {
                                slaAttainment: number;
                                backlogAgeHours: number;
                            };
                            periods: {
                                period: string;
                                from: string;
                                to: string;
                                decided: number;
                                withinSla: number;
                                slaAttainment: number | null;
                                meetsSlaTarget: boolean | null;
                                openAtEnd: number;
                                medianBacklogAgeHours: number | null;
                                meetsBacklogTarget: boolean;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/investigators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set an investigator’s skills (categories, languages, markets), shift and cap on open cases, by their API key’s ID
         * @description Permission: `investigators:manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "name": "Ines Duarte",
                     *       "categories": [
                     *         "counterfeit",
                     *         "ip_infringement",
                     *         "not_as_described"
                     *       ],
                     *       "languages": [
                     *         "en",
                     *         "pt"
                     *       ],
                     *       "markets": [
                     *         "GB",
                     *         "PT",
                     *         "IE"
                     *       ],
                     *       "shift": {
                     *         "days": [
                     *           1,
                     *           2,
                     *           3,
                     *           4,
                     *           5
                     *         ],
                     *         "start": "08:00",
                     *         "end": "16:30",
                     *         "timeZone": "Europe/Lisbon"
                     *       },
                     *       "maxOpenCases": 25,
                     *       "senior": true,
                     *       "email": "ines.duarte@marketplace.example"
                     *     }
                     */
                    "application/json": {
                        name: string;
                        categories: string[];
                        languages: string[];
                        markets: string[];
                        shift: {
                            days: number[];
                            start: string;
                            end: string;
                            timeZone: string;
                        };
                        maxOpenCases: number;
                        /** @default false */
                        senior?: boolean;
                        /** Format: email */
                        email?: string;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "investigator";
                            /** @enum {boolean} */
                            saved: true;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/investigators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The active investigators: skills, shift, whether on shift now, open cases against their cap
         * @description Permission: `investigators:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the investigators */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "investigator";
                                name: string;
                                categories: string[];
                                languages: string[];
                                markets: string[];
                                shift: {
                                    days: number[];
                                    start: string;
                                    end: string;
                                    timeZone: string;
                                };
                                maxOpenCases: number;
                                senior: boolean;
                                openCases: number;
                                onShift: boolean;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quality/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Second-review agreement over the sampled cases, per investigator and per reason code of the first decision
         * @description Permission: `quality:read`.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "quality_agreement";
                            byInvestigator: {
                                investigatorId: string;
                                name: string | null;
                                sampled: number;
                                reviewed: number;
                                agreed: number;
                                agreementRate: number | null;
                            }[];
                            byReason: {
                                reason: string;
                                sampled: number;
                                reviewed: number;
                                agreed: number;
                                agreementRate: number | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/root-causes/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The root causes of closed cases: the leading ones, their monthly trend, and the mitigation last recorded for each
         * @description Permission: `quality:read`.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "root_cause_report";
                            total: number;
                            months: string[];
                            causes: {
                                rootCause: string;
                                count: number;
                                share: number;
                                trend: {
                                    month: string;
                                    count: number;
                                }[];
                                mitigation: {
                                    period: string;
                                    text: string;
                                    recordedBy: {
                                        id: string;
                                        name: string | null;
                                    };
                                    recordedAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/root-causes/{code}/mitigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead records what is being done about a root cause, from a month on
         * @description The same mitigation sent again is one mitigation. Permission: `root_causes:mitigate`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: "onboarding_gap" | "policy_unclear" | "seller_education" | "deliberate_fraud" | "organised_group" | "listing_quality" | "logistics_failure" | "buyer_misuse" | "detection_false_positive" | "system_error" | "other";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "period": "2026-12",
                     *       "mitigation": "Brand-registry check added to onboarding for the handbag category."
                     *     }
                     */
                    "application/json": {
                        period: string;
                        mitigation: string;
                    };
                };
            };
            responses: {
                /** @description recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "mitigation";
                            /** @enum {string} */
                            rootCause: "onboarding_gap" | "policy_unclear" | "seller_education" | "deliberate_fraud" | "organised_group" | "listing_quality" | "logistics_failure" | "buyer_misuse" | "detection_false_positive" | "system_error" | "other";
                            period: string;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inquiries by deadline, the most urgent first (a regulator sees its own authority's), cursor-paged
         * @description Permission: `inquiries:read`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "awaiting_approval" | "answered" | "declined";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "list";
                            data: {
                                id: string;
                                /** @enum {string} */
                                object: "inquiry";
                                authority: string;
                                reference: string;
                                legalBasis: {
                                    code: string;
                                    citation: string | null;
                                    detail: string | null;
                                };
                                sellers: string[];
                                categories: ("trader_traceability" | "verification_summary" | "enforcement_actions" | "audit_trail" | "identity_documents")[];
                                /** @enum {string} */
                                status: "received" | "awaiting_approval" | "answered" | "declined";
                                /** Format: date-time */
                                dueAt: string | null;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** Format: date-time */
                                actedOnAt: string | null;
                                declineReason: string | null;
                                approvedBy: {
                                    name: string;
                                    at: string;
                                }[];
                                /** @enum {string} */
                                receivedVia: "api" | "email" | "post" | "in_person";
                                /** Format: date-time */
                                receivedAt: string | null;
                                sellerNotice: {
                                    withheld: boolean;
                                    until: string | null;
                                    /** Format: date-time */
                                    notifiedAt: string | null;
                                };
                                /** Format: date-time */
                                responseKeptUntil: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * A regulator's inquiry about sellers within its reach: legal basis, categories of data, deadline; acknowledged at once
         * @description The same order sent again is the same inquiry. A DSA Art. 10 or INFORM order reaches sellers offering to consumers in the authority’s territory; an AML request, customers established there. A compliance officer logs an order that arrived by email or post with `receivedFrom`. Permission: `inquiries:create`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reference": "BNetzA-DSC-2026-0412",
                     *       "legalBasis": "dsa_art_10",
                     *       "sellers": [
                     *         {
                     *           "sellerId": "sel_0123456789abcdefghij"
                     *         }
                     *       ],
                     *       "categories": [
                     *         "trader_traceability",
                     *         "enforcement_actions"
                     *       ],
                     *       "dueAt": "2026-12-31T17:00:00Z"
                     *     }
                     */
                    "application/json": {
                        reference: string;
                        /** @enum {string} */
                        legalBasis: "dsa_art_10" | "inform_act" | "aml_record_request";
                        legalBasisDetail?: string;
                        sellers: {
                            sellerId: string;
                        }[];
                        categories: ("trader_traceability" | "verification_summary" | "enforcement_actions" | "audit_trail" | "identity_documents")[];
                        /** Format: date-time */
                        dueAt: string;
                        sellerNotice?: {
                            withhold: boolean;
                            /** Format: date-time */
                            until?: string;
                        };
                        receivedFrom?: {
                            authority: string;
                            jurisdiction: "EU" | string;
                            /** @enum {string} */
                            via: "email" | "post" | "in_person";
                            /** Format: date-time */
                            receivedAt: string;
                        };
                    };
                };
            };
            responses: {
                /** @description acknowledged (DSA Art. 10(1)): the time of receipt is in the answer */
                202: {
                    headers: {
                        /** @description the inquiry */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "inquiry";
                            authority: string;
                            reference: string;
                            legalBasis: {
                                code: string;
                                citation: string | null;
                                detail: string | null;
                            };
                            sellers: string[];
                            categories: ("trader_traceability" | "verification_summary" | "enforcement_actions" | "audit_trail" | "identity_documents")[];
                            /** @enum {string} */
                            status: "received" | "awaiting_approval" | "answered" | "declined";
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            actedOnAt: string | null;
                            declineReason: string | null;
                            approvedBy: {
                                name: string;
                                at: string;
                            }[];
                            /** @enum {string} */
                            receivedVia: "api" | "email" | "post" | "in_person";
                            /** Format: date-time */
                            receivedAt: string | null;
                            sellerNotice: {
                                withheld: boolean;
                                until: string | null;
                                /** Format: date-time */
                                notifiedAt: string | null;
                            };
                            /** Format: date-time */
                            responseKeptUntil: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An inquiry: status, deadline, who approved the answer
         * @description Permission: `inquiries:read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the inquiry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "inquiry";
                            authority: string;
                            reference: string;
                            legalBasis: {
                                code: string;
                                citation: string | null;
                                detail: string | null;
                            };
                            sellers: string[];
                            categories: ("trader_traceability" | "verification_summary" | "enforcement_actions" | "audit_trail" | "identity_documents")[];
                            /** @enum {string} */
                            status: "received" | "awaiting_approval" | "answered" | "declined";
                            /** Format: date-time */
                            dueAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** Format: date-time */
                            actedOnAt: string | null;
                            declineReason: string | null;
                            approvedBy: {
                                name: string;
                                at: string;
                            }[];
                            /** @enum {string} */
                            receivedVia: "api" | "email" | "post" | "in_person";
                            /** Format: date-time */
                            receivedAt: string | null;
                            sellerNotice: {
                                withheld: boolean;
                                until: string | null;
                                /** Format: date-time */
                                notifiedAt: string | null;
                            };
                            /** Format: date-time */
                            responseKeptUntil: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The approved, minimal response package (regulators once approved; compliance officers to approve it); every read is audited
         * @description Permission: `inquiries:response`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the package */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "inquiry_response";
                            inquiryId: string;
                            /** @enum {string} */
                            status: "received" | "awaiting_approval" | "answered" | "declined";
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `response_not_approved`: The response is not approved yet; `response_not_assembled`: The response is being assembled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `response_erased`: The response package was erased at the end of its retention period */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/legal-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place a legal hold: the seller's records are kept past their retention period until it is released
         * @description The same hold sent again with its Idempotency-Key is one hold. Permission: `legal_holds:manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "reason": "Litigation hold: civil claim 2026-CV-1182."
                     *     }
                     */
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description placed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "legal_hold";
                            sellerId: string;
                            reason?: string;
                            /** @enum {string} */
                            status: "active" | "released";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-holds/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a legal hold
         * @description Permission: `legal_holds:manage`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description released */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "legal_hold";
                            sellerId: string;
                            reason?: string;
                            /** @enum {string} */
                            status: "active" | "released";
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{id}/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for erasure: answered with what was erased now and what is kept, until when and why
         * @description The same request sent again with its Idempotency-Key is one request. Permission: `erasure:request`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description answered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "erasure_request";
                            sellerId: string;
                            erasedNow: string[];
                            kept: {
                                category: string;
                                until: string | null;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/governance/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Governance figures over a range: outcomes, time to decision, automated and human decisions, backlog and SLA attainment by queue, screening, enforcement, appeals, inquiries, and a series for charts
         * @description Permission: `governance:read`.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    interval?: "day" | "week" | "month";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "governance_metrics";
                            from: string;
                            to: string;
                            /** @enum {string} */
                            interval: "day" | "week" | "month";
                            generatedAt: string;
                            applications: {
                                submitted: number;
                                byOutcome: {
                                    [key: string]: number;
                                };
                                timeToDecisionHours: {
                                    p50: number | null;
                                    p90: number | null;
                                };
                                decisions: {
                                    total: number;
                                    automated: number;
                                    human: number;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    automatedShare: number | null;
                                    confirmedByASecondReviewer: number;
                                };
                            };
                            reviewQueues: {
                                queue: string;
                                backlog: number;
                                overdue: number;
                                /** Format: date-time */
                                oldestDueAt: string | null;
                                decided: number;
                                withinSla: number;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                slaAttainment: number | null;
                            }[];
                            screening: {
                                screened: number;
                                withPotentialMatches: number;
                                adjudications: {
                                    falsePositive: number;
                                    trueMatch: number;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    falsePositiveShare: number | null;
                                };
                            };
                            enforcement: {
                                proposed: number;
                                taken: number;
                                byType: {
                                    [key: string]: number;
                                };
                                byGround: {
                                    [key: string]: number;
                                };
                                byStatus: {
                                    [key: string]: number;
                                };
                                automatedDetection: number;
                                automatedDecision: number;
                            };
                            appeals: {
                                received: number;
                                decided: number;
                                byOutcome: {
                                    uphold: number;
                                    overturn: number;
                                    modify: number;
                                };
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                overturnRate: number | null;
                                medianHandlingHours: number | null;
                            };
                            inquiries: {
                                received: number;
                                answered: number;
                                declined: number;
                                actedOnTime: number;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                onTimeShare: number | null;
                                overdueOpen: number;
                                medianHoursToAct: number | null;
                            };
                            series: {
                                bucket: string;
                                submitted: number;
                                approved: number;
                                rejected: number;
                                automatedDecisions: number;
                                enforcementActions: number;
                                appeals: number;
                                /** @description a share between 0 and 1; null when there is nothing to divide by */
                                slaAttainment: number | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/governance/transparency-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The figures a DSA Art. 24 transparency report needs for a half-year (YYYY-H1 or YYYY-H2)
         * @description Permission: `governance:read`.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "transparency_report";
                            period: string;
                            from: string;
                            to: string;
                            generatedAt: string;
                            /** @description Art. 15(1)(a): orders from authorities, by legal basis, and the median time to act on them */
                            ordersFromAuthorities: {
                                received: number;
                                byLegalBasis: {
                                    legalBasis: string;
                                    jurisdiction: string;
                                    received: number;
                                }[];
                                answered: number;
                                declined: number;
                                medianHoursToAct: number | null;
                            };
                            /** @description Art. 15(1)(b): notices received, by category and sender */
                            notices: {
                                received: number;
                                byCategory: {
                                    [key: string]: number;
                                };
                                bySender: {
                                    [key: string]: number;
                                };
                            };
                            /** @description Art. 15(1)(c), 24(1)(b): restrictions on the platform's own initiative; suspensions counted apart */
                            restrictions: {
                                total: number;
                                byType: {
                                    [key: string]: number;
                                };
                                byGround: {
                                    [key: string]: number;
                                };
                                suspensions: number;
                            };
                            /** @description Art. 15(1)(d): the internal complaint-handling system */
                            complaints: {
                                received: number;
                                byBasis: {
                                    [key: string]: number;
                                };
                                decided: number;
                                byOutcome: {
                                    uphold: number;
                                    overturn: number;
                                    modify: number;
                                };
                                decisionsReversed: number;
                                medianHandlingHours: number | null;
                            };
                            /** @description Art. 24(1)(a): out of court, outside Sellergate; the marketplace adds its own figures */
                            outOfCourtDisputes: null;
                            /** @description Art. 15(1)(e): the use of automated means */
                            automatedMeans: {
                                onboardingDecisions: {
                                    total: number;
                                    automated: number;
                                    human: number;
                                    /** @description a share between 0 and 1; null when there is nothing to divide by */
                                    automatedShare: number | null;
                                    confirmedByASecondReviewer: number;
                                };
                                enforcementDetectedAutomatically: number;
                                enforcementDecidedAutomatically: number;
                                humanReview: string;
                            };
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/performance-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run one performance-review cycle now, as the daily schedule would
         * @description Permission: `operations:run`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /**
                     * @example {
                     *       "asOf": "2026-11-30"
                     *     }
                     */
                    "application/json": {
                        asOf?: string;
                    };
                };
            };
            responses: {
                /** @description started */
                202: {
                    headers: {
                        /** @description the cycle */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "performance_review";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            asOf?: string | null;
                            policyVersion?: string | null;
                            trigger?: string;
                            counts?: {
                                sellersEvaluated: number;
                                violationsRecorded: number;
                                standingChanges: number;
                            } | null;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/performance-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A performance-review cycle and, when done, its counts
         * @description Permission: `operations:run`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the cycle */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "performance_review";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            asOf?: string | null;
                            policyVersion?: string | null;
                            trigger?: string;
                            counts?: {
                                sellersEvaluated: number;
                                violationsRecorded: number;
                                standingChanges: number;
                            } | null;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the audit trail's hash chain and name the first broken link, if any
         * @description Permission: `audit:verify`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the verification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            object: "audit_verification";
                            verified: number;
                            firstBrokenLink: {
                                seq: string;
                                id: string;
                                /** @enum {string} */
                                reason: "content_changed" | "link_broken";
                            } | null;
                            /** @description The signed checkpoints of the chains' heads: a checkpoint whose head is gone or changed names a removal or rewrite the links alone would not show */
                            checkpoints: {
                                verified: number;
                                latestAt: string | null;
                                firstBroken: {
                                    seq: string;
                                    /** @enum {string} */
                                    reason: "root_differs" | "signature_invalid" | "previous_missing" | "head_missing" | "head_changed";
                                } | null;
                            };
                            checkedAt: string;
                        };
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/rescreenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen every approved seller and person again now, as the weekly schedule and each list change do
         * @description Permission: `operations:run`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description started */
                202: {
                    headers: {
                        /** @description the run */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "rescreening";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            trigger?: string;
                            listVersion?: string | null;
                            subjectsScreened?: number | null;
                            newMatches?: number | null;
                            /** @enum {string|null} */
                            scope?: "full" | "delta" | null;
                            entriesScreened?: number | null;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/rescreenings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A re-screening run: the list version, subjects screened and new matches
         * @description Permission: `operations:run`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "rescreening";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            trigger?: string;
                            listVersion?: string | null;
                            subjectsScreened?: number | null;
                            newMatches?: number | null;
                            /** @enum {string|null} */
                            scope?: "full" | "delta" | null;
                            entriesScreened?: number | null;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/registry-monitoring-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look every approved company up again in its register now, as the daily schedule does
         * @description Permission: `operations:run`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    /** @example {} */
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description started */
                202: {
                    headers: {
                        /** @description the run */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "registry_monitoring_run";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            companiesChecked?: number;
                            changed?: number;
                            newRisks?: number;
                            unavailable?: number;
                            /** @description people the registers name now (not declared by the seller) newly found on a sanctions list: each holds the seller */
                            sanctionsHits?: number;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/registry-monitoring-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A registry monitoring run: companies looked up, changes seen, new risks opened as investigations, registers that did not answer
         * @description Permission: `operations:run`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            object: "registry_monitoring_run";
                            /** @enum {string} */
                            status: "running" | "completed" | "failed";
                            companiesChecked?: number;
                            changed?: number;
                            newRisks?: number;
                            unavailable?: number;
                            /** @description people the registers name now (not declared by the seller) newly found on a sanctions list: each holds the seller */
                            sanctionsHits?: number;
                            /** Format: date-time */
                            startedAt?: string | null;
                            /** Format: date-time */
                            finishedAt?: string | null;
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `resource_not_found`: Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later; `temporal_unavailable`: The workflow service is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: request latency by route, review queues and SLAs, failing deliveries, sanctions list age, process figures
         * @description With METRICS_TOKEN set, send it as a bearer token.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the Prometheus text exposition format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description `authentication_required`: METRICS_TOKEN is set and was not sent */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Temporal UI codec server: decrypt payloads for an operator (audited)
         * @description Permission: `codec:decode`. Payloads not marked `binary/encrypted` come back as sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "payloads": [
                     *         {
                     *           "metadata": {
                     *             "encoding": "anNvbi9wbGFpbg=="
                     *           },
                     *           "data": "eyJoZWxsbyI6IndvcmxkIn0="
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        payloads: {
                            /** @description each value base64 */
                            metadata?: {
                                [key: string]: string;
                            };
                            /** @description base64 */
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description the payloads, decoded or encoded, in the same order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                /** @description each value base64 */
                                metadata?: {
                                    [key: string]: string;
                                };
                                /** @description base64 */
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Temporal UI codec server: encrypt payloads
         * @description Permission: `codec:decode`. Payloads not marked `binary/encrypted` come back as sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "payloads": [
                     *         {
                     *           "metadata": {
                     *             "encoding": "anNvbi9wbGFpbg=="
                     *           },
                     *           "data": "eyJoZWxsbyI6IndvcmxkIn0="
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        payloads: {
                            /** @description each value base64 */
                            metadata?: {
                                [key: string]: string;
                            };
                            /** @description base64 */
                            data?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description the payloads, decoded or encoded, in the same order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payloads: {
                                /** @description each value base64 */
                                metadata?: {
                                    [key: string]: string;
                                };
                                /** @description base64 */
                                data?: string;
                            }[];
                        };
                    };
                };
                /** @description `validation_error`: The request is not valid; `malformed_json`: The request body is not valid JSON; `malformed_body`: The request body could not be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `authentication_required`: An API key is required; `invalid_api_key`: The API key is not valid */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `forbidden`: Not allowed for this API key */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `payload_too_large`: The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `unsupported_content_encoding`: The Content-Encoding is not supported */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `rate_limited`: Too many requests */
                429: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `internal_error`: Something went wrong on our side */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `database_unavailable`: The database is unavailable; retry later */
                503: {
                    headers: {
                        /** @description seconds */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @description urn:sellergate:problem:<code> */
            type: string;
            /** @description the problem type's title, the same for every occurrence */
            title: string;
            status: number;
            /** @enum {string} */
            code: "validation_error" | "malformed_json" | "malformed_body" | "unsupported_content_encoding" | "authentication_required" | "invalid_api_key" | "invalid_signature" | "forbidden" | "resource_not_found" | "route_not_found" | "method_not_allowed" | "unknown_provider" | "unknown_reference" | "idempotency_key_reused" | "response_erased" | "payload_too_large" | "document_too_large" | "unsupported_document_format" | "rate_limited" | "review_task_not_open" | "review_task_claimed_by_another" | "review_task_not_claimed_by_caller" | "outcome_not_supported" | "four_eyes_same_reviewer" | "application_already_decided" | "no_open_information_request" | "unknown_person" | "compliance_officer_required" | "reviewer_took_original_decision" | "request_not_open" | "no_certification_due" | "appeal_already_open" | "appeal_window_closed" | "not_appealable" | "response_not_approved" | "response_not_assembled" | "verification_closed" | "trader_traceability_due" | "not_a_restriction" | "discrepancy_report_decided" | "dispute_not_awaiting_seller" | "dispute_not_appealable" | "listing_action_needs_listing" | "discrepancy_report_not_approved" | "internal_error" | "database_unavailable" | "temporal_unavailable" | "console_not_built";
            /** @description what this occurrence is about */
            detail: string;
            instance?: string;
            /** @description each field to fix (validation_error) */
            errors?: {
                path: string;
                code: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
