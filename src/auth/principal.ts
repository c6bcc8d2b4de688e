import { Role } from './roles';

/** Who is calling, as the verified token says. Never taken from anything else in the request. */
export interface Principal {
  /** The token's `sub`: a client id for apps and staff, the customer id for the customer role. */
  subject: string;
  role: Role;
  /** Purposes of the policy an app client may read for (the `purposes` claim); empty for every other role. */
  purposes: readonly string[];
}

/** The actor name written to transaction metadata and the audit log (never a token). */
export function actorOf(principal: Principal): string {
  return `api:${principal.subject}`;
}
