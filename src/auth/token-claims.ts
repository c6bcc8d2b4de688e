import { z } from 'zod';
import { ROLES } from './roles';

/** Claim names, shared by the verifier and the development token minter. */
export const ROLE_CLAIM = 'role';
export const PURPOSES_CLAIM = 'purposes';

/** What a verified payload must hold; anything else in it is ignored. */
export const tokenClaimsSchema = z.object({
  sub: z.string().min(1).max(128).regex(/^[A-Za-z0-9._@:-]+$/, 'may hold letters, digits and . _ @ : - only'),
  [ROLE_CLAIM]: z.enum(ROLES),
  [PURPOSES_CLAIM]: z.array(z.string().regex(/^[a-z0-9_]{1,64}$/)).max(32).optional(),
});
