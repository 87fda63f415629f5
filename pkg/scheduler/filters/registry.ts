// Every filter, by the name configuration uses. No discovery: add a line.
import type { HostFilter } from '../plugin.js';
import { AvailabilityZoneFilter } from './availability_zone.js';
import { ComputeFilter } from './compute.js';
import { CoreFilter } from './core.js';
import { DiskFilter } from './disk.js';
import { RamFilter } from './ram.js';

export const FILTERS: ReadonlyMap<string, HostFilter> = new Map(
  [ComputeFilter, AvailabilityZoneFilter, RamFilter, DiskFilter, CoreFilter].map((f) => [f.name, f]),
);

export const DEFAULT_FILTERS = ['ComputeFilter', 'AvailabilityZoneFilter', 'RamFilter', 'DiskFilter', 'CoreFilter'];
