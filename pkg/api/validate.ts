// The API edge's input limits, in one place: what a request may carry
// before anything behind the edge sees it. Every refusal is
// INVALID_ARGUMENT with a google.rpc.BadRequest field violation naming the
// field. Limits that depend on the project (metadata items, counts) are
// quotas (pkg/quota); limits of a resource's own rules (CIDRs, policies)
// stay with the code that owns the resource.
import { InvalidArgumentError, type FieldViolation } from '../actor/errors.js';
import { MAX_METADATA_ITEMS, MAX_TAGS, checkMetadata, checkTags, metadataViolations } from '../lifecycle/fields.js';

export const INPUT_LIMITS = {
  /** Names and ids (Nova: 255 characters). */
  nameChars: 255,
  /** Items per list page; a bigger page_size is refused, not silently cut. */
  pageSize: 1000,
  /** Server user data after base64 decoding (Nova: 65535 bytes). */
  userDataBytes: 65535,
  /** Metadata keys and values (Nova: 255 each); the item count is the metadata_items quota. */
  metadataKeyChars: 255,
  metadataValueChars: 255,
  metadataItems: MAX_METADATA_ITEMS,
  tags: MAX_TAGS,
  tagChars: 60,
  /** Largest request message (gRPC max receive message length; NATS carries it on, 1 MiB at most). Configurable: --max-message-bytes. */
  messageBytes: 1024 * 1024 - 16 * 1024,
  /** Longest deadline a call gets; none or a longer one is capped. Configurable: --max-deadline. */
  deadlineMs: 300_000,
} as const;

/** Set once by the API server from its configuration (ApiServer.start). */
let maxDeadlineMs: number = INPUT_LIMITS.deadlineMs;

export function useMaxDeadline(ms: number): void {
  maxDeadlineMs = ms > 0 ? ms : INPUT_LIMITS.deadlineMs;
}

/**
 * The deadline a call runs under: the client's, but never later than
 * `now + max`, and `now + max` when the client set none. Every actor call
 * made for the request inherits it, so nothing a request starts outlives it
 * (work that must, like placing a created server, runs in the background).
 */
export function cappedDeadline(clientDeadlineMs: number, now = Date.now()): number {
  const cap = now + maxDeadlineMs;
  return clientDeadlineMs > 0 && clientDeadlineMs < cap ? clientDeadlineMs : cap;
}

export function requireId(id: string, field = 'id'): void {
  if (!id) throw InvalidArgumentError.field(field, 'required');
  if (id.length > INPUT_LIMITS.nameChars) throw InvalidArgumentError.field(field, `must be at most ${INPUT_LIMITS.nameChars} characters`);
}

/** An optional id (empty allowed) of at most 255 characters. */
export function optionalId(id: string, field: string): void {
  if (id.length > INPUT_LIMITS.nameChars) throw InvalidArgumentError.field(field, `must be at most ${INPUT_LIMITS.nameChars} characters`);
}

export function nameViolations(name: string, field = 'name', required = true): FieldViolation[] {
  if (required && !name.trim()) return [{ field, description: 'required' }];
  if (name.length > INPUT_LIMITS.nameChars) return [{ field, description: `must be at most ${INPUT_LIMITS.nameChars} characters` }];
  return [];
}

export function checkName(name: string, field = 'name', required = true): void {
  const v = nameViolations(name, field, required);
  if (v.length) throw new InvalidArgumentError(v);
}

export function pageSizeCheck(size: number, field = 'page_size'): void {
  if (size < 0) throw InvalidArgumentError.field(field, 'must not be negative');
  if (size > INPUT_LIMITS.pageSize) throw InvalidArgumentError.field(field, `must be at most ${INPUT_LIMITS.pageSize}`);
}

/** A page token is what a list answered: base64url text, never longer than a name. */
export function pageTokenCheck(token: string, field = 'page_token'): void {
  if (token.length > 4 * INPUT_LIMITS.nameChars || !/^[A-Za-z0-9_-]*$/.test(token)) throw InvalidArgumentError.field(field, 'is not a page token this API returned');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * User data as Nova takes it: base64 text whose decoded bytes are at most
 * 65535. Resolves to the decoded bytes.
 */
export function decodeUserDataBase64(text: string, field = 'user_data_base64'): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact)) throw InvalidArgumentError.field(field, 'must be valid base64');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > INPUT_LIMITS.userDataBytes) throw InvalidArgumentError.field(field, `must decode to at most ${INPUT_LIMITS.userDataBytes} bytes`);
  return bytes;
}

/** User data given as bytes (already decoded by the wire). */
export function userDataViolations(bytes: Uint8Array, field = 'user_data'): FieldViolation[] {
  return bytes.length > INPUT_LIMITS.userDataBytes ? [{ field, description: `must be at most ${INPUT_LIMITS.userDataBytes} bytes` }] : [];
}

/** Fields that name or identify something: ids, names, hosts (and lists of them). */
const ID_LIKE = /^(id|ids|name|names|host|hosts|hypervisor_hostname|[a-z_]+_(id|ids|name|host))$/;

/**
 * Every request, before any service sees it: id-like fields (`id`,
 * `*_id`, `name`, `*_name`, `host`, ...) of at most 255 characters, at any
 * depth. Ids end up as store keys and subject tokens; a key beyond what
 * LMDB takes would otherwise fail inside a service rather than here.
 */
export function requestShapeViolations(request: unknown, path = '', depth = 0): FieldViolation[] {
  if (typeof request !== 'object' || request === null || depth > 6 || Buffer.isBuffer(request) || request instanceof Uint8Array) return [];
  const v: FieldViolation[] = [];
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) {
    const field = path ? `${path}.${key}` : key;
    if (typeof value === 'string') {
      if (ID_LIKE.test(key) && value.length > INPUT_LIMITS.nameChars) v.push({ field, description: `must be at most ${INPUT_LIMITS.nameChars} characters` });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (typeof item === 'string') {
          if (ID_LIKE.test(key) && item.length > INPUT_LIMITS.nameChars) v.push({ field: `${field}[${i}]`, description: `must be at most ${INPUT_LIMITS.nameChars} characters` });
        } else v.push(...requestShapeViolations(item, `${field}[${i}]`, depth + 1));
      });
    } else if (typeof value === 'object' && value !== null) {
      v.push(...requestShapeViolations(value, field, depth + 1));
    }
    if (v.length >= 10) break;
  }
  return v;
}

/** Metadata keys/values and tags, as the owners check them again against the merged result. */
export { checkMetadata, checkTags, metadataViolations };
