export { SyncService, SyncProgressEvent, SyncActivatedEvent, SyncErrorEvent, type SyncServiceOptions, type SyncServiceEventMap, type SyncOptions, type SyncResult, type RetryOptions } from './sync-service.js';
export { SyncError } from './errors.js';
export { withLock } from './lock.js';
