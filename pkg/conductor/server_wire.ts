// A list page written from the view's stored bytes. The view keeps each
// server record as the protobuf its state-log entry carried (view.ts), and a
// ListServersResponse is a run of length-prefixed Server messages: so a page
// copies each record's `server` field out as it is, appends what the server
// shows of its networking (floating addresses, security groups: repeated
// fields, which protobuf merges by appending), and frames them. Decoding 100
// records and encoding them again was most of a conductor's time per page
// (docs/PERFORMANCE.md, bench:view).
import { codec } from '../actor/codec.js';
import { Encoded } from '../actor/encoded.js';
import type * as g from '../gen/types.js';

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

/** Field numbers (proto/kumo/internal/v1/records.proto, proto/kumo/compute/v1/server.proto, server_service.proto). */
const RECORD_SERVER = 1;
const SERVER_ADDRESSES = 12;
const SERVER_SECURITY_GROUPS = 30;
const LIST_SERVERS = 1;
const LIST_NEXT_PAGE_TOKEN = 2;

const addressCodec = codec<g.Address, g.Address__Output>('kumo.compute.v1.Address');
export const LIST_SERVERS_RESPONSE = 'kumo.compute.v1.ListServersResponse';

export class WireError extends Error {}

/** Reads a varint at `pos`; `end` is set to the byte after it. Lengths and tags fit 32 bits here; larger values are skipped, not read. */
let end = 0;
function varint(b: Uint8Array, pos: number): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (pos >= b.length) throw new WireError('truncated varint');
    const byte = b[pos++]!;
    if (shift < 28) value |= (byte & 0x7f) << shift;
    else if (shift < 53) value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) break;
    shift += 7;
    if (shift > 63) throw new WireError('varint too long');
  }
  end = pos;
  return value;
}

/** The position after the field whose value starts at `pos`. */
function skip(b: Uint8Array, wire: number, pos: number): number {
  switch (wire) {
    case WIRE_VARINT:
      varint(b, pos);
      return end;
    case WIRE_FIXED64:
      return pos + 8;
    case WIRE_BYTES: {
      const len = varint(b, pos);
      return end + len;
    }
    case WIRE_FIXED32:
      return pos + 4;
    default:
      throw new WireError(`wire type ${wire} is not used by Kumo's messages`);
  }
}

/**
 * The encoded `server` of an encoded ServerRecord, without its
 * security_groups (a server shows its ports' groups: serverExtras), as one
 * or more views of `record`'s memory.
 */
export function serverBytesOfRecord(record: Uint8Array): Uint8Array[] {
  let pos = 0;
  while (pos < record.length) {
    const tag = varint(record, pos);
    pos = end;
    if (tag >>> 3 === RECORD_SERVER && (tag & 7) === WIRE_BYTES) {
      const len = varint(record, pos);
      if (end + len > record.length) throw new WireError('truncated server');
      return withoutField(record.subarray(end, end + len), SERVER_SECURITY_GROUPS);
    }
    pos = skip(record, tag & 7, pos);
    if (pos > record.length) throw new WireError('truncated field');
  }
  throw new WireError('the record has no server');
}

/** `message` without the occurrences of field `field`, as the runs of bytes around them. */
function withoutField(message: Uint8Array, field: number): Uint8Array[] {
  const runs: Uint8Array[] = [];
  let runStart = 0;
  let pos = 0;
  while (pos < message.length) {
    const fieldStart = pos;
    const tag = varint(message, pos);
    pos = skip(message, tag & 7, end);
    if (pos > message.length) throw new WireError('truncated field');
    if (tag >>> 3 === field) {
      if (fieldStart > runStart) runs.push(message.subarray(runStart, fieldStart));
      runStart = pos;
    }
  }
  if (message.length > runStart) runs.push(message.subarray(runStart));
  return runs;
}

function varintBytes(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function lengthDelimited(field: number, body: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(varintBytes((field << 3) | WIRE_BYTES)), Buffer.from(varintBytes(body.length)), body]);
}

/** The Server fields a server shows beyond its record: floating addresses (after the fixed ones) and its ports' security groups. */
export function serverExtras(floating: readonly g.Address[], securityGroups: readonly string[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const a of floating) out.push(lengthDelimited(SERVER_ADDRESSES, addressCodec.encode(a)));
  for (const name of securityGroups) out.push(lengthDelimited(SERVER_SECURITY_GROUPS, Buffer.from(name, 'utf8')));
  return out;
}

/** A server of a page: the runs of bytes that make its Server message. */
export type ServerWire = readonly Uint8Array[];

export function wireLength(server: ServerWire): number {
  let n = 0;
  for (const part of server) n += part.length;
  return n;
}

/** A ListServersResponse of these servers, in one buffer. */
export function encodeServerPage(servers: readonly ServerWire[], nextPageToken: string): Encoded<g.ListServersResponse> {
  const heads = servers.map((s) => varintBytes(wireLength(s)));
  const token = Buffer.from(nextPageToken, 'utf8');
  const tokenHead = token.length ? [(LIST_NEXT_PAGE_TOKEN << 3) | WIRE_BYTES, ...varintBytes(token.length)] : [];
  let size = tokenHead.length + token.length;
  servers.forEach((s, i) => (size += 1 + heads[i]!.length + wireLength(s)));
  const out = Buffer.allocUnsafe(size);
  let pos = 0;
  servers.forEach((s, i) => {
    out[pos++] = (LIST_SERVERS << 3) | WIRE_BYTES;
    for (const byte of heads[i]!) out[pos++] = byte;
    for (const part of s) {
      out.set(part, pos);
      pos += part.length;
    }
  });
  for (const byte of tokenHead) out[pos++] = byte;
  out.set(token, pos);
  return new Encoded(LIST_SERVERS_RESPONSE, out);
}
