// Original file: proto/kumo/compute/v1/aggregate.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Aggregate is a named group of hosts with metadata, as Nova's host
 * aggregates: the scheduler reads the metadata (allocation ratios, weigher
 * multipliers, filter_tenant_id, instance_type, max_instances_per_host, ...)
 * and an `availability_zone` key makes the aggregate a zone.
 */
export interface Aggregate {
  /**
   * UUID.
   */
  'id'?: (string);
  /**
   * Unique name.
   */
  'name'?: (string);
  /**
   * Availability zone the aggregate defines; empty for none.
   */
  'availability_zone'?: (string);
  /**
   * Compute hosts in the aggregate.
   */
  'hosts'?: (string)[];
  /**
   * Metadata read by the scheduler; includes availability_zone when set.
   */
  'metadata'?: ({[key: string]: string});
  /**
   * When the aggregate was created.
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
  /**
   * When the aggregate last changed.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Aggregate is a named group of hosts with metadata, as Nova's host
 * aggregates: the scheduler reads the metadata (allocation ratios, weigher
 * multipliers, filter_tenant_id, instance_type, max_instances_per_host, ...)
 * and an `availability_zone` key makes the aggregate a zone.
 */
export interface Aggregate__Output {
  /**
   * UUID.
   */
  'id': (string);
  /**
   * Unique name.
   */
  'name': (string);
  /**
   * Availability zone the aggregate defines; empty for none.
   */
  'availability_zone': (string);
  /**
   * Compute hosts in the aggregate.
   */
  'hosts': (string)[];
  /**
   * Metadata read by the scheduler; includes availability_zone when set.
   */
  'metadata': ({[key: string]: string});
  /**
   * When the aggregate was created.
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
  /**
   * When the aggregate last changed.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
