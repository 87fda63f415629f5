// Original file: proto/kumo/internal/v1/network.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * QuotaSlot is the state-log entity (kind quotaslot, id
 * <resource>_<project>_<n>) that holds slot n of a project's limit of
 * one networking resource (fip, sg or sgrule) for one holder. A project
 * limited to N has slots 0..N-1; claiming one is a compare-and-set, so
 * concurrent creates never exceed the limit.
 */
export interface QuotaSlot {
  /**
   * fip, sg or sgrule.
   */
  'resource'?: (string);
  /**
   * The project.
   */
  'project_id'?: (string);
  /**
   * The slot number, 0 to limit - 1.
   */
  'slot'?: (number);
  /**
   * The id of the floating IP, group or rule holding it.
   */
  'holder_id'?: (string);
  /**
   * When the slot was claimed (orphaned slots are reaped after a while).
   */
  'create_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * QuotaSlot is the state-log entity (kind quotaslot, id
 * <resource>_<project>_<n>) that holds slot n of a project's limit of
 * one networking resource (fip, sg or sgrule) for one holder. A project
 * limited to N has slots 0..N-1; claiming one is a compare-and-set, so
 * concurrent creates never exceed the limit.
 */
export interface QuotaSlot__Output {
  /**
   * fip, sg or sgrule.
   */
  'resource': (string);
  /**
   * The project.
   */
  'project_id': (string);
  /**
   * The slot number, 0 to limit - 1.
   */
  'slot': (number);
  /**
   * The id of the floating IP, group or rule holding it.
   */
  'holder_id': (string);
  /**
   * When the slot was claimed (orphaned slots are reaped after a while).
   */
  'create_time': (_google_protobuf_Timestamp__Output | null);
}
