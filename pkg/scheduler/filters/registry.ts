// Every filter, by the name configuration uses. No discovery: add a line.
import type { HostFilter } from '../plugin.js';
import { AggregateInstanceExtraSpecsFilter } from './aggregate_instance_extra_specs.js';
import { AggregateIoOpsFilter } from './aggregate_io_ops.js';
import { AggregateMultiTenancyIsolation } from './aggregate_multitenancy_isolation.js';
import { AggregateNumInstancesFilter } from './aggregate_num_instances.js';
import { AggregateTypeAffinityFilter } from './aggregate_type_affinity.js';
import { AllHostsFilter } from './all_hosts.js';
import { AvailabilityZoneFilter } from './availability_zone.js';
import { ComputeFilter } from './compute.js';
import { ComputeCapabilitiesFilter } from './compute_capabilities.js';
import { CoreFilter } from './core.js';
import { DifferentHostFilter } from './different_host.js';
import { DiskFilter } from './disk.js';
import { ImagePropertiesFilter } from './image_properties.js';
import { IoOpsFilter } from './io_ops.js';
import { IsolatedHostsFilter } from './isolated_hosts.js';
import { JsonFilter } from './json.js';
import { MetricsFilter } from './metrics.js';
import { NumInstancesFilter } from './num_instances.js';
import { RamFilter } from './ram.js';
import { RetryFilter } from './retry.js';
import { SameHostFilter } from './same_host.js';
import { ServerGroupAffinityFilter } from './server_group_affinity.js';
import { ServerGroupAntiAffinityFilter } from './server_group_anti_affinity.js';
import { SimpleCIDRAffinityFilter } from './simple_cidr_affinity.js';

export const FILTERS: ReadonlyMap<string, HostFilter> = new Map(
  [
    AllHostsFilter,
    ComputeFilter,
    AvailabilityZoneFilter,
    RamFilter,
    DiskFilter,
    CoreFilter,
    ComputeCapabilitiesFilter,
    ImagePropertiesFilter,
    ServerGroupAffinityFilter,
    ServerGroupAntiAffinityFilter,
    SameHostFilter,
    DifferentHostFilter,
    SimpleCIDRAffinityFilter,
    JsonFilter,
    IsolatedHostsFilter,
    AggregateInstanceExtraSpecsFilter,
    AggregateMultiTenancyIsolation,
    AggregateTypeAffinityFilter,
    NumInstancesFilter,
    AggregateNumInstancesFilter,
    IoOpsFilter,
    AggregateIoOpsFilter,
    RetryFilter,
    MetricsFilter,
  ].map((f) => [f.name, f]),
);

/**
 * On unless configured otherwise. Every filter here costs nothing for a
 * request that does not use it (no group, no hint, no extra spec), so the
 * hint filters are on: a hint the user gave is never silently ignored.
 * Cheap, selective filters come first so later ones see fewer hosts.
 */
export const DEFAULT_FILTERS = [
  'RetryFilter',
  'ComputeFilter',
  'AvailabilityZoneFilter',
  'SameHostFilter',
  'DifferentHostFilter',
  'SimpleCIDRAffinityFilter',
  'ComputeCapabilitiesFilter',
  'ImagePropertiesFilter',
  'RamFilter',
  'DiskFilter',
  'CoreFilter',
  'ServerGroupAntiAffinityFilter',
  'ServerGroupAffinityFilter',
  'JsonFilter',
];
