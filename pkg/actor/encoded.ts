// A message kept in its protobuf encoding, for a hop that only passes it
// on: the API edge forwards a conductor's answer (the public response
// message) to its gRPC caller as the bytes the conductor encoded, instead of
// decoding it and encoding it again (ActorRef.callEncoded,
// pkg/api/encoded_answers.ts).

export class Encoded<T> {
  // Only for the type checker: an Encoded<A> is not an Encoded<B>.
  declare private readonly message?: T;

  constructor(
    /** The fully qualified protobuf type the bytes encode, e.g. kumo.compute.v1.ListServersResponse. */
    readonly typeName: string,
    readonly bytes: Uint8Array,
  ) {}
}
