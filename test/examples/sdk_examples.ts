// The examples of docs/sdk.md, as code that compiles and runs: each
// `#region NAME` below is, line for line, the ```ts block after
// `<!-- example: NAME -->` in docs/sdk.md (test/unit/sdk.test.ts checks
// that), and test/integration/sdk.test.ts runs every function here against
// a real cloud. Change an example here and in the doc together.
import {
  FailedPreconditionError,
  InvalidArgumentError,
  KumoApiError,
  KumoClient,
  NotFoundError,
  NoValidHostError,
  ServerFaultError,
  UnavailableError,
  withCache,
  withLogging,
  type CallLogEntry,
} from '../../pkg/client/index.js';

/** Connecting, and a first call. */
export async function connect(url: string): Promise<string[]> {
  // #region connect
  const kumo = new KumoClient({ url, project: 'demo', timeoutMs: 10_000 });
  try {
    const names: string[] = [];
    for await (const flavor of kumo.flavors.list()) names.push(`${flavor.name} (${flavor.vcpus} vCPU, ${flavor.ram_mb} MB)`);
    return names;
  } finally {
    kumo.close();
  }
  // #endregion
}

/** KumoClient.fromEnv reads KUMO_URL, KUMO_TOKEN, KUMO_PROJECT, KUMO_USER and KUMO_ROLES. */
export async function fromEnv(): Promise<number> {
  // #region from-env
  // KUMO_URL=127.0.0.1:8774 KUMO_PROJECT=demo KUMO_TOKEN=... node app.js
  const kumo = KumoClient.fromEnv();
  try {
    const stats = await kumo.hypervisors.statistics();
    return stats.count;
  } finally {
    kumo.close();
  }
  // #endregion
}

/** Boot a server and wait (WatchServer, no polling) until it is ACTIVE; then delete it and wait until it is gone. */
export async function createAndWait(kumo: KumoClient, flavorId: string, imageId: string): Promise<{ host: string; statuses: string[] }> {
  // #region create-and-wait
  const server = await kumo.servers.create({ name: 'web-1', flavor_id: flavorId, image_id: imageId, metadata: { role: 'web' } });
  const statuses: string[] = [];
  const active = await kumo.servers.waitFor(server.id, 'SERVER_STATUS_ACTIVE', {
    timeoutMs: 60_000,
    onChange: (s) => statuses.push(`${s.status} ${s.task_state}`),
  });
  const host = active.host;

  // `since`: the server as an action answered, so states from before the action do not count.
  const stopping = await kumo.servers.stop(active.id);
  const stopped = await kumo.servers.waitFor(active.id, 'SERVER_STATUS_SHUTOFF', { since: stopping });
  await kumo.servers.delete(stopped.id);
  // With `since`, a deletion that is over before the watch opens still counts.
  await kumo.servers.waitFor(stopped.id, 'SERVER_STATUS_DELETED', { since: stopped });
  // #endregion
  return { host, statuses };
}

/** The three ways to read a list. */
export async function listing(kumo: KumoClient): Promise<{ web: string[]; flavors: number; pageSizes: number[] }> {
  // #region list
  // One page at a time, fetched as the loop needs it (stop early: no more pages are fetched).
  const web: string[] = [];
  for await (const s of kumo.servers.list({ status: 'SERVER_STATUS_ACTIVE', page_size: 100 })) {
    if (s.metadata['role'] === 'web') web.push(s.name);
  }

  // Every item, in an array.
  const flavors = await kumo.flavors.list();

  // The pages themselves.
  const pageSizes: number[] = [];
  for await (const page of kumo.hypervisors.list({ page_size: 2 }).pages()) pageSizes.push(page.length);
  // #endregion
  return { web, flavors: flavors.length, pageSizes };
}

/** Typed errors. */
export async function errors(kumo: KumoClient, flavorId: string, imageId: string): Promise<string[]> {
  const seen: string[] = [];
  // #region errors
  try {
    await kumo.flavors.get('no-such-flavor');
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    seen.push(`${e.codeName} ${e.reason}: ${e.message}`); // NOT_FOUND FLAVOR_NOT_FOUND: flavor no-such-flavor not found
  }

  try {
    await kumo.flavors.create({ name: 'bad', vcpus: 1, ram_mb: 0, disk_gb: 1 });
  } catch (e) {
    if (!(e instanceof InvalidArgumentError)) throw e;
    for (const v of e.fieldViolations) seen.push(`${v.field}: ${v.description}`); // flavor.ram_mb: ...
  }

  const server = await kumo.servers.create({ name: 'db-1', flavor_id: flavorId, image_id: imageId });
  const running = await kumo.servers.waitFor(server.id, 'SERVER_STATUS_ACTIVE');
  try {
    await kumo.servers.start(running.id); // it is running already
  } catch (e) {
    if (e instanceof NoValidHostError) {
      // FAILED_PRECONDITION with reason NO_VALID_HOST: how many hosts each scheduler filter removed.
      for (const f of e.noValidHost.filters) seen.push(`${f.filter} removed ${f.removed} of ${f.before}: ${f.reasons}`);
    } else if (e instanceof FailedPreconditionError) {
      seen.push(`${e.reason}: ${e.preconditionViolations.map((v) => v.subject).join(', ')}`); // INSTANCE_INVALID_STATE: server/<id>
    } else if (e instanceof KumoApiError) {
      seen.push(`${e.codeName}: ${e.message}`);
    } else {
      throw e;
    }
  }
  // #endregion
  await kumo.servers.delete(running.id);
  await kumo.servers.waitFor(running.id, 'SERVER_STATUS_DELETED', { since: running });
  return seen;
}

/** A server that fits no host ends in ERROR: waitFor says why. */
export async function faulted(kumo: KumoClient, hugeFlavorId: string, imageId: string): Promise<string> {
  // #region fault
  const big = await kumo.servers.create({ name: 'too-big', flavor_id: hugeFlavorId, image_id: imageId });
  try {
    await kumo.servers.waitFor(big.id, 'SERVER_STATUS_ACTIVE', { timeoutMs: 60_000 });
    return 'active';
  } catch (e) {
    if (!(e instanceof ServerFaultError)) throw e; // also: ServerDeletedError, WaitTimeoutError
    return e.fault; // "No valid host was found. ... RamFilter removed 2 of 2 hosts: ..."
  } finally {
    await kumo.servers.delete(big.id);
  }
  // #endregion
}

/** Deadlines and retries. */
export async function retriesAndDeadlines(url: string, downUrl: string): Promise<{ flavors: number; unavailable: string }> {
  // #region retries
  const kumo = new KumoClient({
    url,
    timeoutMs: 15_000, // each call's deadline unless it says otherwise, retries included
    retry: { maxAttempts: 5, initialBackoffMs: 200 }, // UNAVAILABLE only
  });
  // A longer deadline for one call, no retries for another.
  const flavors = await kumo.flavors.list({}, { timeoutMs: 60_000 });
  await kumo.availabilityZones.list({}, { retry: false, timeoutMs: 2_000 });
  kumo.close();

  // Nothing listens at downUrl: the call is sent 3 times (the default), then fails UNAVAILABLE.
  const down = new KumoClient({ url: downUrl, timeoutMs: 5_000 });
  let unavailable = '';
  try {
    await down.flavors.list();
  } catch (e) {
    if (!(e instanceof UnavailableError)) throw e;
    unavailable = `${e.codeName} after ${e.attempts} attempts`;
  } finally {
    down.close();
  }
  // #endregion
  return { flavors: flavors.length, unavailable };
}

/** Tokens: a fixed one, or a provider asked again after UNAUTHENTICATED. */
export async function tokens(url: string, identity: { issueToken(): Promise<{ token: string }> }): Promise<number> {
  // #region tokens
  const kumo = new KumoClient({
    url,
    // Asked on the first call; asked again (and the call sent once more) when the API answers UNAUTHENTICATED.
    tokenProvider: async () => (await identity.issueToken()).token,
  });
  try {
    const zones = await kumo.availabilityZones.list();
    return zones.length;
  } finally {
    kumo.close();
  }
  // #endregion
}

/** Decorators: caching and logging, composed. */
export async function decorators(kumo: KumoClient, flavorId: string): Promise<{ log: string[]; hits: number }> {
  // #region decorators
  const log: string[] = [];
  const flavors = withLogging(withCache(kumo.flavors, { ttlMs: 30_000 }), (e: CallLogEntry) => log.push(`${e.method} ${e.outcome}`));

  await flavors.get(flavorId); // asks the API
  await flavors.get(flavorId); // from the cache (and logged)
  const custom = await flavors.create({ name: 'm1.custom', vcpus: 2, ram_mb: 1024, disk_gb: 10 }); // drops the cache
  await flavors.delete(custom.id); // drops it again
  await flavors.get(flavorId); // asks the API
  // #endregion
  return { log, hits: flavors.cache.hits };
}
