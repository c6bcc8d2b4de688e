export { ErrorCode } from './error-code';
export { IdentityGraphError } from './identity-graph-error';
export { type FieldIssue, fieldIssue } from './field-issue';
export { ValidationError } from './validation-error';
export { ConfigError } from './config-error';
export { NotFoundError } from './not-found-error';
