// A lean gRPC unary caller for load generators: the gRPC wire protocol
// (HTTP/2 POST, length-prefixed protobuf, grpc-status in the trailers)
// written directly on node:http2, without grpc-js's per-call machinery
// (interceptors, call streams, metadata objects, retry state). The storm's
// client shares the two cores it measures, and grpc-js spent ~0.2 ms of CPU
// per call there. The API sees a gRPC call like any other; the storm gives
// each request a `request_id` as the SDK does, so the server does the same work.
import { connect, constants, type ClientHttp2Session } from 'node:http2';
import { codec, type Codec } from '../../pkg/actor/codec.js';

export class GrpcCallError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`gRPC status ${code}: ${details}`);
  }
}

/** One HTTP/2 connection; calls are streams on it. */
export class LeanUnaryClient {
  private readonly session: ClientHttp2Session;
  private readonly codecs = new Map<string, Codec<unknown, unknown>>();

  constructor(endpoint: string) {
    this.session = connect(`http://${endpoint}`);
    // A load generator's connection: an error fails the calls on it, it does not end the process.
    this.session.on('error', () => undefined);
  }

  /**
   * Calls `/<service>/<method>`; `requestType` and `responseType` are the
   * messages' full names. Rejects with GrpcCallError on a non-OK status.
   */
  call<Req, Res>(path: string, requestType: string, responseType: string, request: Req, timeoutMs: number): Promise<Res> {
    const body = this.codecFor(requestType).encode(request);
    const frame = Buffer.allocUnsafe(5 + body.length);
    frame[0] = 0;
    frame.writeUInt32BE(body.length, 1);
    frame.set(body, 5);
    return new Promise<Res>((resolve, reject) => {
      const stream = this.session.request({
        [constants.HTTP2_HEADER_METHOD]: 'POST',
        [constants.HTTP2_HEADER_PATH]: path,
        [constants.HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
        te: 'trailers',
        'grpc-timeout': `${timeoutMs}m`,
      });
      const chunks: Buffer[] = [];
      let status: number | undefined;
      let message = '';
      const take = (h: Record<string, unknown>): void => {
        if (h['grpc-status'] !== undefined) {
          status = Number(h['grpc-status']);
          message = decodeURIComponent(String(h['grpc-message'] ?? ''));
        }
      };
      // A trailers-only answer (an error) puts grpc-status in the headers.
      stream.on('response', take);
      stream.on('trailers', take);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('close', () => {
        if (status === undefined) return reject(new GrpcCallError(14, `stream closed without a status (HTTP/2 code ${stream.rstCode})`));
        if (status !== 0) return reject(new GrpcCallError(status, message));
        const data = Buffer.concat(chunks);
        if (data.length < 5 || data[0] !== 0) return reject(new GrpcCallError(13, 'response is not one uncompressed message'));
        const len = data.readUInt32BE(1);
        if (data.length !== 5 + len) return reject(new GrpcCallError(13, `response frame of ${data.length} bytes, prefix says ${len}`));
        try {
          resolve(this.codecFor(responseType).decode(data.subarray(5)) as Res);
        } catch (err) {
          reject(err as Error);
        }
      });
      stream.end(frame);
    });
  }

  close(): void {
    this.session.close();
  }

  private codecFor(typeName: string): Codec<unknown, unknown> {
    let c = this.codecs.get(typeName);
    if (!c) {
      c = codec<unknown, unknown>(typeName);
      this.codecs.set(typeName, c);
    }
    return c;
  }
}
