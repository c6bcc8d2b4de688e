export { eraseCustomer, type ErasableEventLog, type ErasureOptions, type ErasureReport, type ErasureRequest } from './erase-customer';
export { startEventErasureSweeper, sweepPendingEventErasures, type EventErasureSweep, type SweepableEventLog } from './pending-event-erasure';
export { scanTermsOf, type ErasureTargets, type ScanTerms } from './erasure-terms';
export { eraseCustomerAndQueueRetrain, type ErasureApp, type ErasureWithRetrainReport, type ModelRetrainReport } from './erase-and-queue-retrain';
export { isMatchingModelHit, scanForErasedValues, withQueuedModelRetrain, type ScanHit, type ScanResult } from './scan-for-erased-values';
export { exportCustomerData, type CustomerDataExport, type ExportRequest } from './export-customer-data';
export { enforceRetention, type RetainedEventLog, type RetentionReport } from './enforce-retention';
export { loadRetentionSchedule, shortestDays, type RetentionSchedule } from './retention-schedule';
export { withoutSuppressed, isSuppressingIdentifierType } from './suppression';
