import { ErrorCode } from './error-code';
import { FieldIssue } from './field-issue';
import { IdentityGraphError } from './identity-graph-error';

/** A request or record rejected because of its content; never retried, always reported field by field. */
export class ValidationError extends IdentityGraphError {
  constructor(readonly issues: FieldIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
  }
}
