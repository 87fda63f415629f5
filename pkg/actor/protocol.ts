// An actor protocol is an explicit map from method name to the request and
// response codecs. Callers and actors are both checked against it, so a
// message can only be sent to an actor that understands it, with its type.
import { codec, type Codec } from './codec.js';

export interface MethodSpec<ReqIn, ReqOut, ResIn, ResOut> {
  readonly request: Codec<ReqIn, ReqOut>;
  readonly response: Codec<ResIn, ResOut>;
}

/** The bound every method satisfies (inputs contravariant, outputs covariant). */
export type AnyMethodSpec = MethodSpec<never, unknown, never, unknown>;
export type Protocol = Record<string, AnyMethodSpec>;

export type RequestIn<M> = M extends MethodSpec<infer I, unknown, unknown, unknown> ? I : never;
export type RequestOut<M> = M extends MethodSpec<unknown, infer O, unknown, unknown> ? O : never;
export type ResponseIn<M> = M extends MethodSpec<unknown, unknown, infer I, unknown> ? I : never;
export type ResponseOut<M> = M extends MethodSpec<unknown, unknown, unknown, infer O> ? O : never;

/** Declares one method: `method<Req, Req__Output, Res, Res__Output>('pkg.Req', 'pkg.Res')`. */
export function method<ReqIn, ReqOut, ResIn, ResOut>(
  requestType: string,
  responseType: string,
): MethodSpec<ReqIn, ReqOut, ResIn, ResOut> {
  return { request: codec<ReqIn, ReqOut>(requestType), response: codec<ResIn, ResOut>(responseType) };
}
