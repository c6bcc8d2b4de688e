/**
 * Every error a client, an operator or a dead-letter entry sees carries one of these codes.
 * Field-level validation codes and request-level codes share the enum so that a dead-letter reason,
 * a GraphQL error and a log line can be matched on the same value.
 */
export enum ErrorCode {
  // Request level
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The key set at AUTH_JWKS_URL cannot be fetched or used, so no token can be verified (the token may be fine). */
  AUTH_UNAVAILABLE = 'AUTH_UNAVAILABLE',
  /** The operation is not GraphQL (a syntax error): Apollo's code, kept under its name. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The operation is not valid against the schema (unknown field, wrong argument type): Apollo's code, kept under its name. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /**
   * The HTTP request is not one the API runs: CSRF-able (no JSON content type, no preflight header), a body that is
   * not JSON, no query, an operationName the document does not hold, a persisted query. Apollo's code, kept under its name.
   */
  BAD_REQUEST = 'BAD_REQUEST',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  POLICY_DENIED = 'POLICY_DENIED',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The operation nests deeper than API_MAX_DEPTH. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** The operation's estimated cost is over API_MAX_COMPLEXITY. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request body is larger than API_MAX_BODY_BYTES. */
  REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE',
  /** The operation asks for `__schema` or `__type` where introspection is off (NODE_ENV=production). */
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
  /** A decision that does not fit the current state of what it decides on (accepting a revoked relationship). */
  STATE_CONFLICT = 'STATE_CONFLICT',

  // Record validation (one per field problem)
  REQUIRED_FIELD_MISSING = 'REQUIRED_FIELD_MISSING',
  WRONG_TYPE = 'WRONG_TYPE',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  VALUE_TOO_LONG = 'VALUE_TOO_LONG',
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_PHONE = 'INVALID_PHONE',
  INVALID_DATE = 'INVALID_DATE',
  INVALID_POSTAL_CODE = 'INVALID_POSTAL_CODE',
  INVALID_STATE = 'INVALID_STATE',
  INVALID_ENUM_VALUE = 'INVALID_ENUM_VALUE',
  INVALID_IDENTIFIER = 'INVALID_IDENTIFIER',
  INVALID_NAME = 'INVALID_NAME',
  UNKNOWN_SOURCE = 'UNKNOWN_SOURCE',
  MALFORMED_LINE = 'MALFORMED_LINE',

  // Identity and storage
  IDENTITY_CONFLICT = 'IDENTITY_CONFLICT',
  /** Another job changed the same customers first; retrying reads the new state. */
  CONCURRENT_UPDATE = 'CONCURRENT_UPDATE',
  MATCHING_MODEL_MISSING = 'MATCHING_MODEL_MISSING',
  NOT_ENOUGH_TRAINING_DATA = 'NOT_ENOUGH_TRAINING_DATA',
  INVALID_STEWARD_DECISION = 'INVALID_STEWARD_DECISION',
  /** The scope named in a request is not one the policy file grants. */
  UNKNOWN_SCOPE = 'UNKNOWN_SCOPE',
  /** A consent or opt-out signal that does not fit the consent model (unknown purpose, expiry before capture). */
  INVALID_CONSENT = 'INVALID_CONSENT',
  /** A record of an erased customer, recognised by its suppression entry and not written again. */
  RECORD_SUPPRESSED = 'RECORD_SUPPRESSED',
  /** The audit log's hash chain does not verify: an entry was changed, removed or inserted. */
  AUDIT_CHAIN_BROKEN = 'AUDIT_CHAIN_BROKEN',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUEUE_UNAVAILABLE = 'QUEUE_UNAVAILABLE',
  CONFIG_INVALID = 'CONFIG_INVALID',
  CYPHER_STATEMENT_MISSING = 'CYPHER_STATEMENT_MISSING',
  INTERNAL = 'INTERNAL',

  // Behavioural events, segments and affinities
  /** An event names no subject, or both a customer id and a source record. */
  EVENT_SUBJECT_INVALID = 'EVENT_SUBJECT_INVALID',
  /** No customer resolves from the event's customer id or source record (yet): replay it once the record is in. */
  EVENT_SUBJECT_UNKNOWN = 'EVENT_SUBJECT_UNKNOWN',
  /** A segment definition or rule is not valid (unknown feature, bad operator). */
  SEGMENT_DEFINITION_INVALID = 'SEGMENT_DEFINITION_INVALID',
}
