// Decorators for managers, as the openstack-java-sdk adds caching and
// logging to its managers without touching them (FlavorCachedManager wraps
// a FlavorManager and has the same interface). Each returns an object of
// the manager's own type, so they compose:
//
//   const flavors = withLogging(withCache(kumo.flavors, { ttlMs: 30_000 }), log);
//   await flavors.get('1');   // logged; fetched once, then from the cache
//
// Calls the manager makes internally (its own `this`) go straight to it:
// only the calls made through the wrapper are cached or logged.
import { KumoApiError } from './errors.js';
import { Listing } from './listing.js';

// ---------------------------------------------------------------- caching

/** What withCache needs: a manager with get and list (FlavorManager, ImageManager). */
export interface CacheableManager {
  get(key: string, ...rest: never[]): Promise<unknown>;
  list(...args: never[]): Listing<unknown>;
}

export interface CacheOptions {
  /** How long a result is served from the cache; default 60 s. */
  ttlMs?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
}

/** The cache of a withCache wrapper, as its `cache` member. */
export interface ManagerCache {
  /** Forgets everything (the next get or list asks the API). */
  clear(): void;
  readonly hits: number;
  readonly misses: number;
  /** Results held (expired ones included until they are asked for). */
  readonly size: number;
}

export type Cached<M> = M & { readonly cache: ManagerCache };

/**
 * Reads are `get`, `list` and the raw Get and List RPCs; their results are
 * kept per arguments for `ttlMs`. Any other method called through the
 * wrapper (create, delete, CreateFlavor, ...) is a write: once it settles,
 * successful or not, the whole cache is dropped, and reads still running
 * from before it are not stored. Results are copies (structuredClone), so
 * a caller changing one does not change the cache. Writes made elsewhere
 * (another client, or the manager itself unwrapped) are seen when the TTL
 * runs out.
 */
export function withCache<M extends CacheableManager>(manager: M, options: CacheOptions = {}): Cached<M> {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  // Keyed by method and arguments. Promises for get (concurrent gets share one call), page arrays for list.
  const values = new Map<string, { expires: number; value: Promise<unknown> }>();
  const listings = new Map<string, { expires: number; pages: unknown[][] }>();
  let generation = 0;
  const stats = { hits: 0, misses: 0 };
  const cache: ManagerCache = {
    clear() {
      generation++;
      values.clear();
      listings.clear();
    },
    get hits() {
      return stats.hits;
    },
    get misses() {
      return stats.misses;
    },
    get size() {
      return values.size + listings.size;
    },
  };

  const keyOf = (method: string, args: readonly unknown[]): string => `${method} ${JSON.stringify(args[0] ?? null)}`;

  const cachedCall = (method: string, fn: (...args: unknown[]) => unknown, args: unknown[]): unknown => {
    const key = keyOf(method, args);
    const hit = values.get(key);
    if (hit && hit.expires > now()) {
      stats.hits++;
      return hit.value.then((v) => structuredClone(v));
    }
    stats.misses++;
    const value = Promise.resolve(fn.apply(manager, args));
    const entry = { expires: now() + ttlMs, value };
    values.set(key, entry);
    value.catch(() => {
      if (values.get(key) === entry) values.delete(key); // failures are not kept
    });
    return value.then((v) => structuredClone(v));
  };

  const cachedListing = (method: string, fn: (...args: unknown[]) => unknown, args: unknown[]): Listing<unknown> => {
    const key = keyOf(method, args);
    return Listing.fromPages(async function* () {
      const hit = listings.get(key);
      if (hit && hit.expires > now()) {
        stats.hits++;
        for (const page of hit.pages) yield structuredClone(page);
        return;
      }
      stats.misses++;
      const started = generation;
      const pages: unknown[][] = [];
      for await (const page of (fn.apply(manager, args) as Listing<unknown>).pages()) {
        pages.push(structuredClone(page));
        yield page;
      }
      // Only a listing read to its end, with no write since it began, is kept.
      if (generation === started) listings.set(key, { expires: now() + ttlMs, pages });
    });
  };

  const write = (fn: (...args: unknown[]) => unknown, args: unknown[]): unknown => {
    let result: unknown;
    try {
      result = fn.apply(manager, args);
    } catch (err) {
      cache.clear();
      throw err;
    }
    if (isPromiseLike(result)) {
      return Promise.resolve(result).finally(() => cache.clear());
    }
    cache.clear();
    return result;
  };

  return wrap(manager, (method, fn) => {
    if (method === 'list') return (...args) => cachedListing(method, fn, args);
    if (method === 'get' || /^(Get|List)[A-Z]/.test(method)) return (...args) => cachedCall(method, fn, args);
    return (...args) => write(fn, args);
  }, { cache }) as Cached<M>;
}

// ---------------------------------------------------------------- logging

/** One call through a withLogging wrapper. */
export interface CallLogEntry {
  /** The wrapper's name for the manager (e.g. "flavors"). */
  manager: string;
  method: string;
  durationMs: number;
  outcome: 'ok' | 'error';
  /** For a list (or a watch): the items it went through. */
  items?: number;
  /** For an error: its name, gRPC code name and reason (KumoApiError), and message. */
  error?: { name: string; codeName?: string; reason?: string; message: string };
}

/** A function, or a logger with info and warn taking (object, message), as pino and console have. */
export type SdkLogger = ((entry: CallLogEntry) => void) | { info(entry: CallLogEntry, msg: string): void; warn(entry: CallLogEntry, msg: string): void };

export interface LoggingOptions {
  /** The manager's name in the entries; default its class name. */
  name?: string;
}

const consoleLogger: SdkLogger = (entry) => {
  const line = `kumo ${entry.manager}.${entry.method} ${entry.outcome} in ${entry.durationMs.toFixed(1)} ms`;
  if (entry.outcome === 'ok') console.info(entry.items === undefined ? line : `${line} (${entry.items} items)`);
  else console.warn(`${line}: ${entry.error?.codeName ?? entry.error?.name}: ${entry.error?.message}`);
};

function errorSummary(err: unknown): NonNullable<CallLogEntry['error']> {
  if (err instanceof KumoApiError) return { name: err.name, codeName: err.codeName, reason: err.reason, message: err.message };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: typeof err, message: String(err) };
}

/**
 * Logs every call made through the wrapper: method, duration and outcome
 * (with the error's code and reason). A promise is logged when it settles;
 * a list or watch when its iteration ends (with how many items it went
 * through), fails, or is broken off.
 */
export function withLogging<M extends object>(manager: M, logger: SdkLogger = consoleLogger, options: LoggingOptions = {}): M {
  const name = options.name ?? manager.constructor?.name ?? 'manager';
  const emit = (entry: CallLogEntry): void => {
    if (typeof logger === 'function') logger(entry);
    else if (entry.outcome === 'ok') logger.info(entry, `${entry.manager}.${entry.method} ok`);
    else logger.warn(entry, `${entry.manager}.${entry.method} failed`);
  };
  const done = (method: string, start: number, outcome: 'ok' | 'error', extra: Partial<CallLogEntry> = {}): void =>
    emit({ manager: name, method, durationMs: performance.now() - start, outcome, ...extra });

  /** Logs an iteration once: when it ends, fails or is abandoned. */
  async function* loggedIteration<T>(method: string, source: AsyncIterable<T>, count: (item: T) => number): AsyncGenerator<T, void, undefined> {
    const start = performance.now();
    let items = 0;
    let outcome: 'ok' | 'error' = 'ok';
    let error: CallLogEntry['error'];
    try {
      for await (const item of source) {
        items += count(item);
        yield item;
      }
    } catch (err) {
      outcome = 'error';
      error = errorSummary(err);
      throw err;
    } finally {
      done(method, start, outcome, error ? { items, error } : { items });
    }
  }

  return wrap(manager, (method, fn) => (...args) => {
    const start = performance.now();
    let result: unknown;
    try {
      result = fn.apply(manager, args);
    } catch (err) {
      done(method, start, 'error', { error: errorSummary(err) });
      throw err;
    }
    if (result instanceof Listing) {
      const listing = result as Listing<unknown>;
      return Listing.fromPages(() => loggedIteration(method, listing.pages(), (page: unknown[]) => page.length));
    }
    if (isPromiseLike(result)) {
      return Promise.resolve(result).then(
        (value) => (done(method, start, 'ok'), value),
        (err: unknown) => {
          done(method, start, 'error', { error: errorSummary(err) });
          throw err;
        },
      );
    }
    if (isAsyncIterable(result)) return loggedIteration(method, result, () => 1);
    done(method, start, 'ok');
    return result;
  });
}

// ---------------------------------------------------------------- shared

type Method = (...args: unknown[]) => unknown;

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/**
 * A proxy of `target` whose methods are replaced by `decorate(name,
 * method)` (made once per name), with `extra` members added; everything
 * else (fields, `instanceof`) is the target's.
 */
function wrap<M extends object>(target: M, decorate: (method: string, fn: Method) => Method, extra: Record<string, unknown> = {}): M {
  // Made once per method, and again if the target's method is replaced (e.g. wrapped in place).
  const made = new Map<string, { original: Method; decorated: Method }>();
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && Object.hasOwn(extra, prop)) return extra[prop];
      const value: unknown = Reflect.get(t, prop, receiver);
      if (typeof prop !== 'string' || prop === 'constructor' || typeof value !== 'function') return value;
      const original = value as Method;
      let entry = made.get(prop);
      if (entry?.original !== original) {
        entry = { original, decorated: decorate(prop, original) };
        made.set(prop, entry);
      }
      return entry.decorated;
    },
    has(t, prop) {
      return (typeof prop === 'string' && Object.hasOwn(extra, prop)) || Reflect.has(t, prop);
    },
  });
}
