export { BEHAVIOUR_EVENT, EVENT_TYPES, subjectOf, type BehaviourEvent, type EventType } from './event-schemas';
export { parseEvent, type ParsedEvent } from './parse-event';
export { EventProducer, type EventReport } from './event-producer';
export { createEventQueue, type EventQueue } from './event-queue';
export { RawEventLog } from './raw-event-log';
export { processEventJob, startEventWorker, sweepEventLedger, sweepFailedEventJobs, type EventJobResult, type EventWorkerOptions } from './event-worker';
