/** A relationship as the cypher/relationships statements return it. */
export interface RelationshipRow {
  relationshipId: string;
  kind: string;
  permissions: string[];
  status: 'PROPOSED' | 'ACTIVE' | 'REVOKED';
  proposedAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  grantorId: string;
  granteeId: string;
}
