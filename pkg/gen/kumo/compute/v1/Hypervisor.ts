// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

/**
 * Hypervisor is one compute host's resources and usage.
 */
export interface Hypervisor {
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname'?: (string);
  /**
   * Compute host (service) name.
   */
  'host'?: (string);
  /**
   * "up" if the host reported within the service down time, else "down".
   */
  'state'?: (string);
  /**
   * "enabled" or "disabled".
   */
  'status'?: (string);
  /**
   * Hypervisor type, for example "fake" or "qemu".
   */
  'hypervisor_type'?: (string);
  /**
   * Physical vCPUs.
   */
  'vcpus'?: (number);
  /**
   * vCPUs claimed by instances.
   */
  'vcpus_used'?: (number);
  /**
   * Memory in MiB.
   */
  'memory_mb'?: (number);
  /**
   * Memory claimed by instances, in MiB.
   */
  'memory_mb_used'?: (number);
  /**
   * Local disk in GiB.
   */
  'local_gb'?: (number);
  /**
   * Disk claimed by instances, in GiB.
   */
  'local_gb_used'?: (number);
  /**
   * Instances on the host.
   */
  'running_vms'?: (number);
  /**
   * Availability zone of the host.
   */
  'availability_zone'?: (string);
  /**
   * Last report from the host.
   */
  'update_time'?: (_google_protobuf_Timestamp | null);
}

/**
 * Hypervisor is one compute host's resources and usage.
 */
export interface Hypervisor__Output {
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname': (string);
  /**
   * Compute host (service) name.
   */
  'host': (string);
  /**
   * "up" if the host reported within the service down time, else "down".
   */
  'state': (string);
  /**
   * "enabled" or "disabled".
   */
  'status': (string);
  /**
   * Hypervisor type, for example "fake" or "qemu".
   */
  'hypervisor_type': (string);
  /**
   * Physical vCPUs.
   */
  'vcpus': (number);
  /**
   * vCPUs claimed by instances.
   */
  'vcpus_used': (number);
  /**
   * Memory in MiB.
   */
  'memory_mb': (number);
  /**
   * Memory claimed by instances, in MiB.
   */
  'memory_mb_used': (number);
  /**
   * Local disk in GiB.
   */
  'local_gb': (number);
  /**
   * Disk claimed by instances, in GiB.
   */
  'local_gb_used': (number);
  /**
   * Instances on the host.
   */
  'running_vms': (number);
  /**
   * Availability zone of the host.
   */
  'availability_zone': (string);
  /**
   * Last report from the host.
   */
  'update_time': (_google_protobuf_Timestamp__Output | null);
}
