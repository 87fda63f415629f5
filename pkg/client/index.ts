// The TypeScript SDK of Kumo, in one import:
//
//   import { KumoClient, NotFoundError, withCache } from 'kumo/dist/pkg/client/index.js';
//
// docs/sdk.md has the guide; test/examples/sdk_examples.ts runs its examples.
export {
  KumoClient,
  ServerManager,
  ServerDeletedError,
  ServerFaultError,
  ServerWaitError,
  WaitTimeoutError,
  type ClientOptions,
  type CreatedServers,
  type KumoEnv,
  type ServerChange,
  type StreamOptions,
  type WaitOptions,
} from './client.js';
export {
  AggregateManager,
  AvailabilityZoneManager,
  ComputeServiceManager,
  ConsoleAuthManager,
  FlavorManager,
  HypervisorManager,
  ImageManager,
  KeypairManager,
  NetworkManager,
  FloatingIpManager,
  SecurityGroupManager,
  PlacementManager,
  ServerGroupManager,
  type ComputeServiceUpdate,
  type CreatedKeypair,
  type ListFilters,
  type ServerGroupPolicyName,
} from './managers.js';
export { ServerActions, type ServerImage } from './server_actions.js';
export { IdentityManager, type PasswordAuth } from './identity.js';
export { QuotaManager, type QuotaChanges } from './quotas.js';
export { SystemManager } from './system.js';
export { Listing, type Page, type PageFetcher } from './listing.js';
export { ImageChecksumError, UPLOAD_CHUNK_BYTES, type DownloadOptions, type UploadOptions } from './image_data.js';
export {
  AbortedError,
  AlreadyExistsError,
  CancelledError,
  DeadlineExceededError,
  FailedPreconditionError,
  InternalError,
  InvalidArgumentError,
  KumoApiError,
  NotFoundError,
  NoValidHostError,
  PermissionDeniedError,
  ResourceExhaustedError,
  UnauthenticatedError,
  UnavailableError,
  UnimplementedError,
  parseNoValidHost,
  type FieldViolation,
  type FilterRemoval,
  type NoValidHostDetails,
  type PreconditionViolation,
  type QuotaViolation,
  type StatusCodeName,
} from './errors.js';
export { DEFAULT_RETRY, backoffMs, type CallOptions, type RetryOptions, type RetryPolicy } from './transport.js';
export type { Stub } from './stub.js';
export {
  withCache,
  withLogging,
  type CacheOptions,
  type CacheableManager,
  type Cached,
  type CallLogEntry,
  type LoggingOptions,
  type ManagerCache,
  type SdkLogger,
} from './decorators.js';
