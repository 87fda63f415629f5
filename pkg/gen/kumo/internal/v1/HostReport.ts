// Original file: proto/kumo/internal/v1/records.proto

import type { SupportedInstance as _kumo_internal_v1_SupportedInstance, SupportedInstance__Output as _kumo_internal_v1_SupportedInstance__Output } from '../../../kumo/internal/v1/SupportedInstance.js';
import type { Long } from '@grpc/proto-loader';

/**
 * HostReport is a compute host's resource view, published on every change
 * and as a heartbeat.
 */
export interface HostReport {
  /**
   * Compute host (service) name.
   */
  'host'?: (string);
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname'?: (string);
  /**
   * Hypervisor type, for example "fake".
   */
  'hypervisor_type'?: (string);
  /**
   * Availability zone of the host.
   */
  'availability_zone'?: (string);
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
  'memory_mb'?: (number);
  /**
   * Memory claimed in MiB.
   */
  'memory_mb_used'?: (number);
  /**
   * Disk in GiB.
   */
  'local_gb'?: (number);
  /**
   * Disk claimed in GiB.
   */
  'local_gb_used'?: (number);
  /**
   * Instances on the host.
   */
  'running_vms'?: (number);
  /**
   * CPU overcommit ratio the host enforces.
   */
  'cpu_allocation_ratio'?: (number | string);
  /**
   * RAM overcommit ratio the host enforces.
   */
  'ram_allocation_ratio'?: (number | string);
  /**
   * Disk overcommit ratio the host enforces.
   */
  'disk_allocation_ratio'?: (number | string);
  /**
   * Whether the service accepts new instances.
   */
  'enabled'?: (boolean);
  /**
   * Wall-clock time of the report, in milliseconds since the epoch.
   */
  'report_time_ms'?: (number | string | Long);
  /**
   * Increases with every change of claims on the host.
   */
  'generation'?: (number | string | Long);
  /**
   * Host capabilities for extra_specs matching (ComputeCapabilitiesFilter),
   * e.g. cpu_info:arch, hypervisor_type, hypervisor_version.
   */
  'capabilities'?: ({[key: string]: string});
  /**
   * Instances in I/O-heavy task states (building, resizing, snapshotting, ...).
   */
  'io_ops'?: (number);
  /**
   * The host's IP address (SimpleCIDRAffinityFilter).
   */
  'host_ip'?: (string);
  /**
   * Hypervisor version as an integer, e.g. 6002000 for 6.2.0.
   */
  'hypervisor_version'?: (number | string | Long);
  /**
   * Instance types the hypervisor supports, as (architecture, hypervisor_type, vm_mode).
   */
  'supported_instances'?: (_kumo_internal_v1_SupportedInstance)[];
  /**
   * Host metrics for the MetricsFilter and MetricsWeigher, e.g. cpu.percent.
   */
  'metrics'?: ({[key: string]: number | string});
  /**
   * Consecutive failed builds since the last success (BuildFailureWeigher).
   */
  'failed_builds'?: (number);
  /**
   * Number of instances per project on the host.
   */
  'project_instances'?: ({[key: string]: number});
  /**
   * Changes every time the host actor starts: generation counts restart
   * with it, so a report from a new boot replaces the old state whatever
   * its generation.
   */
  'boot_id'?: (string);
}

/**
 * HostReport is a compute host's resource view, published on every change
 * and as a heartbeat.
 */
export interface HostReport__Output {
  /**
   * Compute host (service) name.
   */
  'host': (string);
  /**
   * Hypervisor node name.
   */
  'hypervisor_hostname': (string);
  /**
   * Hypervisor type, for example "fake".
   */
  'hypervisor_type': (string);
  /**
   * Availability zone of the host.
   */
  'availability_zone': (string);
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
   * Disk in GiB.
   */
  'local_gb': (number);
  /**
   * Disk claimed in GiB.
   */
  'local_gb_used': (number);
  /**
   * Instances on the host.
   */
  'running_vms': (number);
  /**
   * CPU overcommit ratio the host enforces.
   */
  'cpu_allocation_ratio': (number);
  /**
   * RAM overcommit ratio the host enforces.
   */
  'ram_allocation_ratio': (number);
  /**
   * Disk overcommit ratio the host enforces.
   */
  'disk_allocation_ratio': (number);
  /**
   * Whether the service accepts new instances.
   */
  'enabled': (boolean);
  /**
   * Wall-clock time of the report, in milliseconds since the epoch.
   */
  'report_time_ms': (number);
  /**
   * Increases with every change of claims on the host.
   */
  'generation': (number);
  /**
   * Host capabilities for extra_specs matching (ComputeCapabilitiesFilter),
   * e.g. cpu_info:arch, hypervisor_type, hypervisor_version.
   */
  'capabilities': ({[key: string]: string});
  /**
   * Instances in I/O-heavy task states (building, resizing, snapshotting, ...).
   */
  'io_ops': (number);
  /**
   * The host's IP address (SimpleCIDRAffinityFilter).
   */
  'host_ip': (string);
  /**
   * Hypervisor version as an integer, e.g. 6002000 for 6.2.0.
   */
  'hypervisor_version': (number);
  /**
   * Instance types the hypervisor supports, as (architecture, hypervisor_type, vm_mode).
   */
  'supported_instances': (_kumo_internal_v1_SupportedInstance__Output)[];
  /**
   * Host metrics for the MetricsFilter and MetricsWeigher, e.g. cpu.percent.
   */
  'metrics': ({[key: string]: number});
  /**
   * Consecutive failed builds since the last success (BuildFailureWeigher).
   */
  'failed_builds': (number);
  /**
   * Number of instances per project on the host.
   */
  'project_instances': ({[key: string]: number});
  /**
   * Changes every time the host actor starts: generation counts restart
   * with it, so a report from a new boot replaces the old state whatever
   * its generation.
   */
  'boot_id': (string);
}
