/** The roles a bearer token may carry. Each GraphQL field names the roles it admits (the @auth directive). */
export const ROLES = ['app', 'customer', 'analyst', 'steward', 'privacy_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
