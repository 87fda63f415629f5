// Original file: proto/kumo/compute/v1/system.proto


/**
 * NatsStatus is the answering API process's NATS connection.
 */
export interface NatsStatus {
  /**
   * True while connected.
   */
  'connected'?: (boolean);
  /**
   * Server the API is connected to (host:port).
   */
  'server'?: (string);
  /**
   * That server's id.
   */
  'server_id'?: (string);
  /**
   * That server's version.
   */
  'version'?: (string);
  /**
   * Round trip to the server, milliseconds.
   */
  'rtt_ms'?: (number | string);
  /**
   * JetStream enabled on the server.
   */
  'jetstream'?: (boolean);
  /**
   * Reconnects since the API process started.
   */
  'reconnects'?: (number);
}

/**
 * NatsStatus is the answering API process's NATS connection.
 */
export interface NatsStatus__Output {
  /**
   * True while connected.
   */
  'connected': (boolean);
  /**
   * Server the API is connected to (host:port).
   */
  'server': (string);
  /**
   * That server's id.
   */
  'server_id': (string);
  /**
   * That server's version.
   */
  'version': (string);
  /**
   * Round trip to the server, milliseconds.
   */
  'rtt_ms': (number);
  /**
   * JetStream enabled on the server.
   */
  'jetstream': (boolean);
  /**
   * Reconnects since the API process started.
   */
  'reconnects': (number);
}
