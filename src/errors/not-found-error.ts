import { ErrorCode } from './error-code';
import { IdentityGraphError } from './identity-graph-error';

export class NotFoundError extends IdentityGraphError {
  constructor(what: string, field: string) {
    super(ErrorCode.NOT_FOUND, `${field}: no ${what} with this value`, { field });
  }
}
