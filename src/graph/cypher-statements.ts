/**
 * Every Cypher statement the code runs, by name = its path under cypher/ without the extension.
 * The registry checks at start that each file exists, so a missing statement fails the boot, not a request.
 */
export const CYPHER = {
  findExistingRecords: 'ingestion/find-existing-records',
  upsertSourceRecords: 'ingestion/upsert-source-records',
  recordChanges: 'ingestion/record-changes',
  linkIdentifiers: 'ingestion/link-identifiers',
  unlinkRemovedIdentifiers: 'ingestion/unlink-removed-identifiers',
  linkDevices: 'ingestion/link-devices',
  unlinkRemovedDevices: 'ingestion/unlink-removed-devices',
  findDeterministicNeighbours: 'matching/find-deterministic-neighbours',
  assignRecordsToCustomers: 'matching/assign-records-to-customers',
  mergeCustomers: 'matching/merge-customers',
  linkRecordsDeterministically: 'matching/link-records-deterministically',
  resolveCustomerId: 'customer-view/resolve-customer-id',
  findCustomersByIdentifier: 'customer-view/find-customers-by-identifier',
  getCustomerProfiles: 'customer-view/get-customer-profiles',
  countGraph: 'admin/count-graph',
  awaitIndexes: 'admin/await-indexes',
  countSourceRecords: 'admin/count-source-records',
  deleteEverything: 'admin/delete-everything',
  findExampleCustomer: 'admin/find-example-customer',
  readSchemaVersion: 'schema-version/read-schema-version',
  writeSchemaVersion: 'schema-version/write-schema-version',
  listActiveCustomerIds: 'households/list-active-customer-ids',
  findHouseholdNeighbours: 'households/find-household-neighbours',
  findHouseholdSignals: 'households/find-household-signals',
  proposeHouseholdMemberships: 'households/propose-household-memberships',
  withdrawHouseholdProposals: 'households/withdraw-household-proposals',
  deleteEmptyHouseholds: 'households/delete-empty-households',
  listHouseholds: 'households/list-households',
} as const;

export type CypherName = (typeof CYPHER)[keyof typeof CYPHER];
