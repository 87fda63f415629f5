// The gRPC server of kumo-api: every public service, gRPC health checking
// and server reflection.
import { closeWatches } from './watch.js';
import { consoleAuthService } from './console_auth_service.js';
import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import type { Logger } from 'pino';
import type { ActorSystem } from '../actor/runtime.js';
import { catalogServices } from './catalog_services.js';
import { apiPackageDefinition, SERVICE_NAMES } from './proto.js';
import { schedulingServices } from './scheduling_services.js';
import { placementService } from './placement_service.js';
import { serverService } from './server_service.js';
import { networkService } from './network_service.js';
import { quotaService } from './quota_service.js';
import { INPUT_LIMITS, useMaxDeadline } from './validate.js';
import { rejectUndecodable, tolerantDefinition } from './decode_guard.js';
import { encodedAnswers } from './encoded_answers.js';
import { AuditLog } from './audit.js';
import { NoAuthAuthenticator, TokenAuthenticator, type AuthMode } from './auth.js';
import { guardService } from './guard.js';
import { useScope } from './scope.js';
import { identityService } from './identity_service.js';
import { IdentityStore } from '../identity/store.js';
import { Revocations } from '../identity/revocations.js';
import { Policy } from '../policy/policy.js';
import { signingKeyFromFile } from '../identity/token.js';
import { DEFAULT_IMAGE_SIZE_CAP, imageDataService } from './image_data_service.js';
import { ReadYourWrites } from './read_your_writes.js';
import { systemService } from './system_service.js';
import { useReadYourWrites, useRequestResults } from './unary.js';
import { RequestResults } from '../idempotency/request_results.js';
import { serverCredentials, type ServerTlsOptions } from '../security/tls.js';

export interface ApiServerConfig {
  host: string;
  port: number;
  /** token (bearer tokens required; kumo-api's default) or noauth (identity from metadata; the default when embedded, for tests). */
  auth?: AuthMode;
  /** YAML or JSON file of policy overrides (pkg/policy); empty for the defaults. */
  policyFile?: string;
  /** File for audit lines; empty: the process log. */
  auditLog?: string;
  /** Lifetime of issued tokens. */
  tokenTtlMs?: number;
  /** File whose bytes are the token signing key; empty: the key kept in the state log. */
  tokenKeyFile?: string;
  /** Keystone's bootstrap: make sure user `admin` has this password and the admin role on project `admin`. */
  bootstrapAdminPassword?: string;
  /** TLS, or mTLS with a client CA (pkg/security/tls.ts); plain text when absent or empty. */
  tls?: ServerTlsOptions;
  /** Largest image upload in bytes (Glance's image_size_cap; default 1 TiB). */
  imageSizeCapBytes?: number;
  /** Replicas of the request-id stream when this process creates it (--state-replicas). */
  stateReplicas?: number;
  /** Largest request message in bytes (validate.ts; default INPUT_LIMITS.messageBytes). */
  maxMessageBytes?: number;
  /** Longest deadline a call gets, in ms (validate.ts; default 300 s). */
  maxDeadlineMs?: number;
}

export class ApiServer {
  // Requests travel on over NATS, whose messages are at most 1 MiB: refuse bigger ones here, as RESOURCE_EXHAUSTED.
  private server = new Server({ 'grpc.max_receive_message_length': INPUT_LIMITS.messageBytes });
  readonly health: HealthImplementation;
  private audit?: AuditLog;
  private revocations?: Revocations;
  port = 0;

  constructor(
    private readonly system: ActorSystem,
    private readonly log: Logger,
  ) {
    this.health = new HealthImplementation({ '': 'NOT_SERVING', ...Object.fromEntries(SERVICE_NAMES.map((s) => [s, 'NOT_SERVING'])) });
  }

  async start(config: ApiServerConfig): Promise<number> {
    const pkg = apiPackageDefinition();
    // Input limits from the configuration (validate.ts): the largest message, the longest deadline.
    this.server = new Server({ 'grpc.max_receive_message_length': config.maxMessageBytes ?? INPUT_LIMITS.messageBytes });
    useMaxDeadline(config.maxDeadlineMs ?? INPUT_LIMITS.deadlineMs);
    useReadYourWrites(ReadYourWrites.overNats(this.system.nc));
    useRequestResults(new RequestResults(this.system.nc, this.log, config.stateReplicas ?? 1));
    const def = (name: (typeof SERVICE_NAMES)[number]): ServiceDefinition => pkg[name] as ServiceDefinition;
    const catalog = catalogServices(this.system, this.log);
    const scheduling = schedulingServices(this.system, this.log);
    const policy = Policy.load(config.policyFile);
    const identityStore = new IdentityStore(this.system.nc);
    await identityStore.start();
    const signingKey = config.tokenKeyFile ? signingKeyFromFile(config.tokenKeyFile) : await identityStore.signingKey();
    if (config.bootstrapAdminPassword) await bootstrapAdmin(identityStore, config.bootstrapAdminPassword);
    this.audit = AuditLog.open(this.log, config.auditLog);
    // Token revocation events (Keystone's), followed from the log; the ones this replica writes count at once.
    const revocations = (this.revocations = new Revocations(this.system.nc, this.log));
    await revocations.start();
    identityStore.onRevocation = (e) => revocations.note(e);
    const auth = (config.auth ?? 'noauth') === 'token' ? new TokenAuthenticator(signingKey, revocations) : new NoAuthAuthenticator();
    const guard = { auth, policy, audit: this.audit, log: this.log };
    useScope({ policy, crossProjectById: auth.mode === 'token' });
    const impls: Record<(typeof SERVICE_NAMES)[number], UntypedServiceImplementation> = {
      'kumo.compute.v1.ServerService': serverService(this.system, this.log),
      'kumo.compute.v1.FlavorService': catalog.flavors,
      'kumo.compute.v1.ImageService': { ...catalog.images, ...imageDataService(this.system, this.log, { imageSizeCapBytes: config.imageSizeCapBytes ?? DEFAULT_IMAGE_SIZE_CAP }) },
      'kumo.compute.v1.KeypairService': catalog.keypairs,
      'kumo.compute.v1.HypervisorService': catalog.hypervisors,
      'kumo.compute.v1.AggregateService': scheduling.aggregates,
      'kumo.compute.v1.ServerGroupService': scheduling.serverGroups,
      'kumo.compute.v1.AvailabilityZoneService': scheduling.availabilityZones,
      'kumo.compute.v1.PlacementService': placementService(this.system, this.log),
      'kumo.compute.v1.ConsoleAuthService': consoleAuthService(this.system, this.log),
      'kumo.compute.v1.NetworkService': networkService(this.system, this.log),
      'kumo.compute.v1.QuotaService': quotaService(this.system, this.log),
      'kumo.compute.v1.SystemService': systemService(this.system, this.log),
      'kumo.compute.v1.IdentityService': identityService({ store: identityStore, signingKey, tokenTtlMs: config.tokenTtlMs ?? 3_600_000, revocations, policy }, this.log),
    };
    for (const name of SERVICE_NAMES) {
      // Undecodable requests are INVALID_ARGUMENT before authentication, policy or the service see them (decode_guard.ts);
      // answers may be the conductor's bytes, passed through (encoded_answers.ts).
      const tolerant = encodedAnswers(tolerantDefinition(def(name)));
      this.server.addService(tolerant, rejectUndecodable(tolerant, guardService(name, tolerant, impls[name], guard)));
    }
    this.health.addToServer(this.server);
    new ReflectionService(pkg).addToServer(this.server);
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${config.host}:${config.port}`, config.tls ? serverCredentials(config.tls) : ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
    for (const name of ['', ...SERVICE_NAMES]) this.health.setStatus(name, 'SERVING');
    return this.port;
  }

  async stop(): Promise<void> {
    this.audit?.flush();
    for (const name of ['', ...SERVICE_NAMES]) this.health.setStatus(name, 'NOT_SERVING');
    // Open watches never end by themselves: end them (UNAVAILABLE, so clients watch again elsewhere).
    closeWatches(this.system);
    await this.revocations?.stop().catch(() => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 5000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Keystone's bootstrap: project `admin`, user `admin` with the given password, and the admin role there. */
async function bootstrapAdmin(store: IdentityStore, password: string): Promise<void> {
  const project = (await store.projectByName('admin')) ?? (await store.createProject('admin', 'Administrators').catch(async () => (await store.projectByName('admin'))!));
  const user = await store.setPassword('admin', password);
  await store.addRole(user, project, 'admin');
}
