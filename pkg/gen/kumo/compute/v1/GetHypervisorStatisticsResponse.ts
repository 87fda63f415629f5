// Original file: proto/kumo/compute/v1/hypervisor.proto

import type { Long } from '@grpc/proto-loader';

/**
 * GetHypervisorStatisticsResponse sums every host.
 */
export interface GetHypervisorStatisticsResponse {
  /**
   * Number of hosts.
   */
  'count'?: (number);
  /**
   * Physical vCPUs.
   */
  'vcpus'?: (number);
  /**
   * vCPUs claimed.
   */
  'vcpus_used'?: (number);
  /**
   * Memory in MiB.
   */
  'memory_mb'?: (number | string | Long);
  /**
   * Memory claimed in MiB.
   */
  'memory_mb_used'?: (number | string | Long);
  /**
   * Free memory in MiB (memory_mb - memory_mb_used).
   */
  'free_ram_mb'?: (number | string | Long);
  /**
   * Disk in GiB.
   */
  'local_gb'?: (number | string | Long);
  /**
   * Disk claimed in GiB.
   */
  'local_gb_used'?: (number | string | Long);
  /**
   * Free disk in GiB.
   */
  'free_disk_gb'?: (number | string | Long);
  /**
   * Instances.
   */
  'running_vms'?: (number);
}

/**
 * GetHypervisorStatisticsResponse sums every host.
 */
export interface GetHypervisorStatisticsResponse__Output {
  /**
   * Number of hosts.
   */
  'count': (number);
  /**
   * Physical vCPUs.
   */
  'vcpus': (number);
  /**
   * vCPUs claimed.
   */
  'vcpus_used': (number);
  /**
   * Memory in MiB.
   */
  'memory_mb': (number);
  /**
   * Memory claimed in MiB.
   */
  'memory_mb_used': (number);
  /**
   * Free memory in MiB (memory_mb - memory_mb_used).
   */
  'free_ram_mb': (number);
  /**
   * Disk in GiB.
   */
  'local_gb': (number);
  /**
   * Disk claimed in GiB.
   */
  'local_gb_used': (number);
  /**
   * Free disk in GiB.
   */
  'free_disk_gb': (number);
  /**
   * Instances.
   */
  'running_vms': (number);
}
