import { ErrorCode } from './error-code';
import { IdentityGraphError } from './identity-graph-error';

/** Configuration rejected at start; lists every problem at once. */
export class ConfigError extends IdentityGraphError {
  constructor(readonly problems: string[]) {
    super(ErrorCode.CONFIG_INVALID, `invalid configuration:\n  - ${problems.join('\n  - ')}`, { problems });
  }
}
