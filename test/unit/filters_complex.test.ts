// Table tests for the filters that match requests against host state:
// ComputeCapabilities, AggregateInstanceExtraSpecs, ImageProperties, Json
// and SimpleCIDRAffinity, and the host attributes they read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Flavor__Output, HostReport__Output, Image__Output, RequestSpec__Output, SchedulerHints__Output } from '../../pkg/gen/types.js';
import { hostAttribute } from '../../pkg/scheduler/host_attributes.js';
import { hostStateFromReport, type AggregateInfo, type HostState } from '../../pkg/scheduler/host_state.js';
import type { HostFilter, PluginConfig, RequestContext } from '../../pkg/scheduler/plugin.js';
import { AggregateInstanceExtraSpecsFilter, REASON_AGGREGATE_EXTRA_SPECS } from '../../pkg/scheduler/filters/aggregate_instance_extra_specs.js';
import { ComputeCapabilitiesFilter, REASON_CAPABILITIES } from '../../pkg/scheduler/filters/compute_capabilities.js';
import {
  ImagePropertiesFilter,
  REASON_IMAGE_HV_VERSION,
  REASON_IMAGE_PROPERTIES,
  REASON_IMAGE_VERSION_INVALID,
} from '../../pkg/scheduler/filters/image_properties.js';
import { JsonFilter, REASON_JSON_INVALID, REASON_JSON_QUERY } from '../../pkg/scheduler/filters/json.js';
import { REASON_CIDR, REASON_CIDR_INVALID, REASON_CIDR_NO_HOST_IP, SimpleCIDRAffinityFilter } from '../../pkg/scheduler/filters/simple_cidr_affinity.js';

const NOW = 1_000_000;

function report(over: Partial<HostReport__Output> = {}): HostReport__Output {
  return {
    host: 'h1', hypervisor_hostname: 'h1.example', hypervisor_type: 'qemu', availability_zone: '',
    vcpus: 8, vcpus_used: 2, memory_mb: 8192, memory_mb_used: 2048, local_gb: 100, local_gb_used: 40, running_vms: 3,
    cpu_allocation_ratio: 16, ram_allocation_ratio: 1.5, disk_allocation_ratio: 1, enabled: true,
    report_time_ms: NOW, generation: 1, capabilities: {}, io_ops: 1, host_ip: '10.0.0.5', hypervisor_version: 6002000,
    supported_instances: [], metrics: {}, failed_builds: 0, project_instances: {}, boot_id: 'b1', ...over,
  };
}

let aggregateIds = 0;
function aggregate(metadata: Record<string, string>): AggregateInfo {
  const id = `agg${++aggregateIds}`;
  return { id, name: id, hosts: new Set(['h1']), metadata };
}

function host(over: Partial<HostReport__Output> = {}, aggregates: AggregateInfo[] = []): HostState {
  return hostStateFromReport(report(over), aggregates);
}

function flavor(extra_specs: Record<string, string> = {}): Flavor__Output {
  return { id: 'f', name: 'm1.test', vcpus: 1, ram_mb: 1024, disk_gb: 10, ephemeral_gb: 0, swap_mb: 0, is_public: true, extra_specs, description: '' };
}

function image(properties: Record<string, string>): Image__Output {
  return {
    id: 'img', name: 'img', disk_format: 'qcow2', container_format: 'bare', min_ram_mb: 0, min_disk_gb: 0, size_bytes: 0, checksum: '',
    status: 'IMAGE_STATUS_ACTIVE', properties, owner: '', visibility: 'public', create_time: null, update_time: null,
  };
}

function hints(over: Partial<SchedulerHints__Output> = {}): SchedulerHints__Output {
  return { group: '', same_host: [], different_host: [], query: '', cidr: '', build_near_host_ip: '', target_host: '', ...over };
}

const config: PluginConfig = {
  serviceDownTimeMs: 60_000, maxInstancesPerHost: 50, maxIoOpsPerHost: 8, isolatedImages: [], isolatedHosts: [],
  restrictIsolatedHostsToIsolatedImages: true, metricsWeightSetting: [], defaultAvailabilityZone: 'nova',
};

interface Request {
  extraSpecs?: Record<string, string>;
  imageProps?: Record<string, string> | null;
  hints?: Partial<SchedulerHints__Output> | null;
}

function context(r: Request): RequestContext {
  const f = flavor(r.extraSpecs);
  const img = r.imageProps === null ? null : image(r.imageProps ?? {});
  const spec: RequestSpec__Output = {
    flavor: f, image: img, availability_zone: '', project_id: 'p', scheduler_hints: r.hints === null ? null : hints(r.hints ?? {}),
    ignore_hosts: [], tried_hosts: [], group: null, same_host_hosts: [], different_host_hosts: [], force_host: '',
  };
  return { spec, flavor: f, image: img, nowMs: NOW, monotonicNowMs: NOW, config, placed: new Map(), groupHosts: new Map() };
}

interface Row {
  name: string;
  input: { filter: HostFilter; request: Request; host: HostState };
  /** 'skip': prepare has nothing to check; 'pass'; or the reason the host is rejected with. */
  want: 'skip' | 'pass' | string;
}

function run(r: Row): string {
  const check = r.input.filter.prepare(context(r.input.request));
  if (!check) return 'skip';
  return check(r.input.host) ?? 'pass';
}

const cpuInfo = JSON.stringify({ arch: 'x86_64', vendor: 'Intel', features: ['aes', 'sse2', 'vmx'], topology: { cores: 4 } });

const capabilitiesRows: Row[] = [
  { name: 'no extra specs', input: { filter: ComputeCapabilitiesFilter, request: {}, host: host() }, want: 'skip' },
  {
    name: 'only other scopes',
    input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'hw:cpu_policy': 'dedicated', 'quota:cpu_shares': '10', 'trait:HW_CPU_X86_AVX': 'required', 'resources:VGPU': '1', 'aggregate_instance_extra_specs:ssd': 'true' } }, host: host() },
    want: 'skip',
  },
  { name: 'unscoped free_ram_mb at least', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { free_ram_mb: '>= 4096' } }, host: host() }, want: 'pass' },
  { name: 'unscoped free_ram_mb too little', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { free_ram_mb: '>= 8192' } }, host: host() }, want: REASON_CAPABILITIES },
  { name: 'unscoped hypervisor_type equal', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { hypervisor_type: 'qemu' } }, host: host() }, want: 'pass' },
  { name: 'unscoped hypervisor_type <or>', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { hypervisor_type: '<or> kvm <or> xen' } }, host: host() }, want: REASON_CAPABILITIES },
  { name: 'unscoped key the host lacks is ignored', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { ssd: 'true' } }, host: host() }, want: 'pass' },
  { name: 'unscoped reported capability', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { gpu: 's== nvidia' } }, host: host({ capabilities: { gpu: 'nvidia' } }) }, want: 'pass' },
  { name: 'unscoped reported capability mismatch', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { gpu: 's== amd' } }, host: host({ capabilities: { gpu: 'nvidia' } }) }, want: REASON_CAPABILITIES },
  { name: 'unscoped inherited names are not attributes', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { constructor: 'x' } }, host: host() }, want: 'pass' },
  { name: 'capabilities: flat key with colon', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:arch': 'x86_64' } }, host: host({ capabilities: { 'cpu_info:arch': 'x86_64' } }) }, want: 'pass' },
  { name: 'capabilities: flat key mismatch', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:arch': 'aarch64' } }, host: host({ capabilities: { 'cpu_info:arch': 'x86_64' } }) }, want: REASON_CAPABILITIES },
  { name: 'capabilities: missing key rejects', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:arch': 'x86_64' } }, host: host() }, want: REASON_CAPABILITIES },
  { name: 'capabilities: host attribute', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:vcpus_total': '= 8' } }, host: host() }, want: 'pass' },
  { name: 'capabilities: hypervisor_version numeric', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:hypervisor_version': '>= 6000000' } }, host: host() }, want: 'pass' },
  { name: 'capabilities: walk into JSON cpu_info', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:vendor': 'Intel' } }, host: host({ capabilities: { cpu_info: cpuInfo } }) }, want: 'pass' },
  { name: 'capabilities: JSON feature list <all-in>', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:features': '<all-in> aes vmx' } }, host: host({ capabilities: { cpu_info: cpuInfo } }) }, want: 'pass' },
  { name: 'capabilities: JSON feature list missing one', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:features': '<all-in> aes avx512' } }, host: host({ capabilities: { cpu_info: cpuInfo } }) }, want: REASON_CAPABILITIES },
  { name: 'capabilities: nested JSON number', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:topology:cores': '>= 4' } }, host: host({ capabilities: { cpu_info: cpuInfo } }) }, want: 'pass' },
  { name: 'capabilities: walk into a missing JSON key', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:cpu_info:model': 'x' } }, host: host({ capabilities: { cpu_info: cpuInfo } }) }, want: REASON_CAPABILITIES },
  { name: 'capabilities: walk into a non-JSON string', input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { 'capabilities:gpu:model': 'x' } }, host: host({ capabilities: { gpu: 'nvidia' } }) }, want: REASON_CAPABILITIES },
  {
    name: 'every relevant spec must match',
    input: { filter: ComputeCapabilitiesFilter, request: { extraSpecs: { hypervisor_type: 'qemu', 'capabilities:num_instances': '<= 2', 'hw:mem_page_size': 'large' } }, host: host() },
    want: REASON_CAPABILITIES,
  },
];

const aggregateRows: Row[] = [
  { name: 'no extra specs', input: { filter: AggregateInstanceExtraSpecsFilter, request: {}, host: host() }, want: 'skip' },
  { name: 'only other scopes', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'hw:cpu_policy': 'dedicated', 'capabilities:gpu': 'x' } }, host: host() }, want: 'skip' },
  { name: 'scoped key matches', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'aggregate_instance_extra_specs:ssd': 'true' } }, host: host({}, [aggregate({ ssd: 'true' })]) }, want: 'pass' },
  { name: 'unscoped key matches', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { ssd: 'true' } }, host: host({}, [aggregate({ ssd: 'true' })]) }, want: 'pass' },
  { name: 'value differs', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'aggregate_instance_extra_specs:ssd': 'true' } }, host: host({}, [aggregate({ ssd: 'false' })]) }, want: REASON_AGGREGATE_EXTRA_SPECS },
  { name: 'no aggregate sets the key', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'aggregate_instance_extra_specs:ssd': 'true' } }, host: host({}, [aggregate({ hdd: 'true' })]) }, want: REASON_AGGREGATE_EXTRA_SPECS },
  { name: 'host in no aggregate', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { ssd: 'true' } }, host: host() }, want: REASON_AGGREGATE_EXTRA_SPECS },
  { name: 'one of several aggregates matches', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { ssd: 'true' } }, host: host({}, [aggregate({ ssd: 'false' }), aggregate({ ssd: 'true' })]) }, want: 'pass' },
  { name: 'operators apply', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'aggregate_instance_extra_specs:tier': '<or> gold <or> silver' } }, host: host({}, [aggregate({ tier: 'silver' })]) }, want: 'pass' },
  { name: 'numeric operator', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { 'aggregate_instance_extra_specs:gbps': '>= 25' } }, host: host({}, [aggregate({ gbps: '10' })]) }, want: REASON_AGGREGATE_EXTRA_SPECS },
  { name: 'every key must be matched', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { ssd: 'true', gpu: 'true' } }, host: host({}, [aggregate({ ssd: 'true' })]) }, want: REASON_AGGREGATE_EXTRA_SPECS },
  { name: 'inherited names are not metadata', input: { filter: AggregateInstanceExtraSpecsFilter, request: { extraSpecs: { toString: '<in> function' } }, host: host({}, [aggregate({})]) }, want: REASON_AGGREGATE_EXTRA_SPECS },
];

const x86Qemu = { architecture: 'x86_64', hypervisor_type: 'qemu', vm_mode: 'hvm' };
const armKvm = { architecture: 'aarch64', hypervisor_type: 'kvm', vm_mode: 'hvm' };

const imageRows: Row[] = [
  { name: 'no image', input: { filter: ImagePropertiesFilter, request: { imageProps: null }, host: host() }, want: 'skip' },
  { name: 'no relevant property', input: { filter: ImagePropertiesFilter, request: { imageProps: { os_distro: 'ubuntu', hw_disk_bus: 'virtio' } }, host: host() }, want: 'skip' },
  { name: 'empty properties are unset', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: '', img_hv_type: ' ' } }, host: host() }, want: 'skip' },
  { name: 'architecture supported', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'x86_64' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'legacy architecture name', input: { filter: ImagePropertiesFilter, request: { imageProps: { architecture: 'x86_64' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'amd64 is x86_64', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'AMD64' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'i386 is i686', input: { filter: ImagePropertiesFilter, request: { imageProps: { architecture: 'i386' } }, host: host({ supported_instances: [{ ...x86Qemu, architecture: 'i686' }] }) }, want: 'pass' },
  { name: 'architecture unsupported', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'aarch64' } }, host: host({ supported_instances: [x86Qemu] }) }, want: REASON_IMAGE_PROPERTIES },
  { name: 'hypervisor type supported', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_type: 'QEMU' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'legacy hypervisor type name', input: { filter: ImagePropertiesFilter, request: { imageProps: { hypervisor_type: 'qemu' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'kvm is not qemu', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_type: 'kvm' } }, host: host({ supported_instances: [x86Qemu] }) }, want: REASON_IMAGE_PROPERTIES },
  { name: 'xapi is xen', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_type: 'xapi' } }, host: host({ supported_instances: [{ ...x86Qemu, hypervisor_type: 'xen' }] }) }, want: 'pass' },
  { name: 'vm mode supported', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_vm_mode: 'hvm' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'legacy vm mode hv is hvm', input: { filter: ImagePropertiesFilter, request: { imageProps: { vm_mode: 'hv' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'vm mode unsupported', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_vm_mode: 'xen' } }, host: host({ supported_instances: [x86Qemu] }) }, want: REASON_IMAGE_PROPERTIES },
  { name: 'one supported instance must match all', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'x86_64', img_hv_type: 'kvm' } }, host: host({ supported_instances: [x86Qemu, armKvm] }) }, want: REASON_IMAGE_PROPERTIES },
  { name: 'second supported instance matches', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'aarch64', img_hv_type: 'kvm' } }, host: host({ supported_instances: [x86Qemu, armKvm] }) }, want: 'pass' },
  { name: 'host advertises nothing', input: { filter: ImagePropertiesFilter, request: { imageProps: { hw_architecture: 'x86_64' } }, host: host() }, want: REASON_IMAGE_PROPERTIES },
  { name: 'version within range', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_type: 'qemu', img_hv_requested_version: '>=6.0,<7.0' } }, host: host({ supported_instances: [x86Qemu] }) }, want: 'pass' },
  { name: 'version too new', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_type: 'qemu', img_hv_requested_version: '>=6.0,<6.2' } }, host: host({ supported_instances: [x86Qemu] }) }, want: REASON_IMAGE_HV_VERSION },
  { name: 'version exact', input: { filter: ImagePropertiesFilter, request: { imageProps: { hypervisor_version_requires: '==6.2.0' } }, host: host() }, want: 'pass' },
  { name: 'version not equal', input: { filter: ImagePropertiesFilter, request: { imageProps: { hypervisor_version_requires: '!= 6.2' } }, host: host() }, want: REASON_IMAGE_HV_VERSION },
  { name: 'version greater', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: '> 6.1.999' } }, host: host() }, want: 'pass' },
  { name: 'version at most', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: '<= 6.1' } }, host: host() }, want: REASON_IMAGE_HV_VERSION },
  { name: 'version alone needs no supported instance', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: '>=6' } }, host: host() }, want: 'pass' },
  { name: 'host reports no version', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: '<7.0' } }, host: host({ hypervisor_version: 0 }) }, want: REASON_IMAGE_HV_VERSION },
  { name: 'malformed version requirement', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: 'about 6' } }, host: host({ supported_instances: [x86Qemu] }) }, want: REASON_IMAGE_VERSION_INVALID },
  { name: 'version part out of range', input: { filter: ImagePropertiesFilter, request: { imageProps: { img_hv_requested_version: '>=6.1000' } }, host: host() }, want: REASON_IMAGE_VERSION_INVALID },
];

const q = (query: unknown): Request => ({ hints: { query: typeof query === 'string' ? query : JSON.stringify(query) } });

const jsonRows: Row[] = [
  { name: 'no hints', input: { filter: JsonFilter, request: { hints: null }, host: host() }, want: 'skip' },
  { name: 'empty query', input: { filter: JsonFilter, request: q(''), host: host() }, want: 'skip' },
  { name: 'empty list', input: { filter: JsonFilter, request: q([]), host: host() }, want: 'skip' },
  { name: 'invalid JSON', input: { filter: JsonFilter, request: q('[">=", '), host: host() }, want: REASON_JSON_INVALID },
  { name: 'not a list', input: { filter: JsonFilter, request: q({ '>=': 1 }), host: host() }, want: REASON_JSON_INVALID },
  { name: 'unknown operator', input: { filter: JsonFilter, request: q(['~', '$host', 'h1']), host: host() }, want: REASON_JSON_INVALID },
  { name: 'unknown nested operator', input: { filter: JsonFilter, request: q(['and', ['like', '$host', 'h']]), host: host() }, want: REASON_JSON_INVALID },
  { name: 'object argument', input: { filter: JsonFilter, request: q(['=', '$host', { a: 1 }]), host: host() }, want: REASON_JSON_INVALID },
  { name: 'too deep', input: { filter: JsonFilter, request: q('["not",'.repeat(40) + 'true' + ']'.repeat(40)), host: host() }, want: REASON_JSON_INVALID },
  { name: '>= free ram passes', input: { filter: JsonFilter, request: q(['>=', '$free_ram_mb', 6144]), host: host() }, want: 'pass' },
  { name: '>= free ram fails', input: { filter: JsonFilter, request: q(['>=', '$free_ram_mb', 6145]), host: host() }, want: REASON_JSON_QUERY },
  { name: '< against every other argument', input: { filter: JsonFilter, request: q(['<', '$num_instances', 4, 5]), host: host() }, want: 'pass' },
  { name: '< fails on one argument', input: { filter: JsonFilter, request: q(['<', '$num_instances', 4, 3]), host: host() }, want: REASON_JSON_QUERY },
  { name: '> vcpus', input: { filter: JsonFilter, request: q(['>', '$vcpus_total', 4]), host: host() }, want: 'pass' },
  { name: '<= disk', input: { filter: JsonFilter, request: q(['<=', '$free_disk_mb', 61440]), host: host() }, want: 'pass' },
  { name: '= string', input: { filter: JsonFilter, request: q(['=', '$hypervisor_type', 'qemu']), host: host() }, want: 'pass' },
  { name: '= string differs', input: { filter: JsonFilter, request: q(['=', '$hypervisor_type', 'kvm']), host: host() }, want: REASON_JSON_QUERY },
  { name: '= with one argument is false', input: { filter: JsonFilter, request: q(['=', '$hypervisor_type']), host: host() }, want: REASON_JSON_QUERY },
  { name: 'in list of values', input: { filter: JsonFilter, request: q(['in', '$host', 'h0', 'h1']), host: host() }, want: 'pass' },
  { name: 'in not listed', input: { filter: JsonFilter, request: q(['in', '$host', 'h0', 'h2']), host: host() }, want: REASON_JSON_QUERY },
  { name: 'not', input: { filter: JsonFilter, request: q(['not', ['=', '$hypervisor_type', 'kvm']]), host: host() }, want: 'pass' },
  { name: 'not of a true query', input: { filter: JsonFilter, request: q(['not', ['=', '$hypervisor_type', 'qemu']]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'nested not keeps its meaning', input: { filter: JsonFilter, request: q(['and', ['not', ['=', '$hypervisor_type', 'qemu']]]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'or: one true', input: { filter: JsonFilter, request: q(['or', ['=', '$host', 'x'], ['=', '$host', 'h1']]), host: host() }, want: 'pass' },
  { name: 'or: none true', input: { filter: JsonFilter, request: q(['or', ['=', '$host', 'x'], ['=', '$host', 'y']]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'and: all true', input: { filter: JsonFilter, request: q(['and', ['>=', '$free_ram_mb', 1024], ['=', '$hypervisor_type', 'qemu']]), host: host() }, want: 'pass' },
  { name: 'and: one false', input: { filter: JsonFilter, request: q(['and', ['>=', '$free_ram_mb', 1024], ['=', '$hypervisor_type', 'kvm']]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'capability string meets a boolean', input: { filter: JsonFilter, request: q(['=', '$capabilities.enabled', true]), host: host({ capabilities: { enabled: 'True' } }) }, want: 'pass' },
  { name: 'capability string meets a number', input: { filter: JsonFilter, request: q(['>=', '$capabilities.gpus', 2]), host: host({ capabilities: { gpus: '4' } }) }, want: 'pass' },
  { name: 'non-numeric string never orders against a number', input: { filter: JsonFilter, request: q(['>=', '$hypervisor_type', 2]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'metric with a dotted name', input: { filter: JsonFilter, request: q(['<', '$metrics.cpu.percent', 50]), host: host({ metrics: { 'cpu.percent': 12 } }) }, want: 'pass' },
  { name: 'missing variable is dropped', input: { filter: JsonFilter, request: q(['>=', '$metrics.nope', 1]), host: host() }, want: REASON_JSON_QUERY },
  { name: 'missing variable dropped from and', input: { filter: JsonFilter, request: q(['and', '$metrics.nope']), host: host() }, want: 'pass' },
  { name: 'availability zone falls back to nova', input: { filter: JsonFilter, request: q(['=', '$availability_zone', 'nova']), host: host() }, want: 'pass' },
  { name: 'availability zone from an aggregate', input: { filter: JsonFilter, request: q(['=', '$availability_zone', 'az9']), host: host({}, [aggregate({ availability_zone: 'az9' })]) }, want: 'pass' },
  { name: 'unknown attribute dropped', input: { filter: JsonFilter, request: q(['=', '$no_such', 'x']), host: host() }, want: REASON_JSON_QUERY },
];

const cidr = (build_near_host_ip: string, c: string): Request => ({ hints: { build_near_host_ip, cidr: c } });

const cidrRows: Row[] = [
  { name: 'no hints', input: { filter: SimpleCIDRAffinityFilter, request: { hints: null }, host: host() }, want: 'skip' },
  { name: 'ip without cidr', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', ''), host: host() }, want: 'skip' },
  { name: 'cidr without ip', input: { filter: SimpleCIDRAffinityFilter, request: cidr('', '/24'), host: host() }, want: 'skip' },
  { name: 'same /24', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.200', '/24'), host: host() }, want: 'pass' },
  { name: 'prefix without slash', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.200', '24'), host: host() }, want: 'pass' },
  { name: 'other /24', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.1.1', '/24'), host: host() }, want: REASON_CIDR },
  { name: 'wider /16', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.1.1', '/16'), host: host() }, want: 'pass' },
  { name: '/32 is the host itself', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.5', '/32'), host: host() }, want: 'pass' },
  { name: '/0 is everything of the family', input: { filter: SimpleCIDRAffinityFilter, request: cidr('192.168.1.1', '/0'), host: host() }, want: 'pass' },
  { name: 'ipv6 same /64', input: { filter: SimpleCIDRAffinityFilter, request: cidr('2001:db8::1', '/64'), host: host({ host_ip: '2001:db8::abcd' }) }, want: 'pass' },
  { name: 'ipv6 other /64', input: { filter: SimpleCIDRAffinityFilter, request: cidr('2001:db8::1', '/64'), host: host({ host_ip: '2001:db8:0:1::1' }) }, want: REASON_CIDR },
  { name: 'ipv4 host, ipv6 network', input: { filter: SimpleCIDRAffinityFilter, request: cidr('::', '/0'), host: host() }, want: REASON_CIDR },
  { name: 'ipv6 host, ipv4 network', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', '/8'), host: host({ host_ip: '::ffff:10.0.0.5' }) }, want: REASON_CIDR },
  { name: 'host without ip', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', '/24'), host: host({ host_ip: '' }) }, want: REASON_CIDR_NO_HOST_IP },
  { name: 'host with a garbage ip', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', '/24'), host: host({ host_ip: 'not-an-ip' }) }, want: REASON_CIDR },
  { name: 'bad address hint', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.300', '/24'), host: host() }, want: REASON_CIDR_INVALID },
  { name: 'ipv4 prefix too long', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', '/33'), host: host() }, want: REASON_CIDR_INVALID },
  { name: 'ipv6 prefix 128 allowed', input: { filter: SimpleCIDRAffinityFilter, request: cidr('2001:db8::1', '/128'), host: host({ host_ip: '2001:db8::1' }) }, want: 'pass' },
  { name: 'malformed prefix', input: { filter: SimpleCIDRAffinityFilter, request: cidr('10.0.0.1', '/2x'), host: host() }, want: REASON_CIDR_INVALID },
];

for (const [suite, rows] of [
  ['ComputeCapabilitiesFilter', capabilitiesRows],
  ['AggregateInstanceExtraSpecsFilter', aggregateRows],
  ['ImagePropertiesFilter', imageRows],
  ['JsonFilter', jsonRows],
  ['SimpleCIDRAffinityFilter', cidrRows],
] as const) {
  describe(suite, () => {
    for (const r of rows) {
      test(r.name, () => {
        assert.equal(run(r), r.want);
      });
    }
  });
}

describe('filter declarations', () => {
  const rows: Array<{ name: string; input: HostFilter; want: { name: string; once: boolean } }> = [
    { name: 'ComputeCapabilitiesFilter', input: ComputeCapabilitiesFilter, want: { name: 'ComputeCapabilitiesFilter', once: true } },
    { name: 'AggregateInstanceExtraSpecsFilter', input: AggregateInstanceExtraSpecsFilter, want: { name: 'AggregateInstanceExtraSpecsFilter', once: true } },
    { name: 'ImagePropertiesFilter', input: ImagePropertiesFilter, want: { name: 'ImagePropertiesFilter', once: true } },
    // Its variables (free RAM...) change as earlier instances of a request are placed.
    { name: 'JsonFilter', input: JsonFilter, want: { name: 'JsonFilter', once: false } },
    { name: 'SimpleCIDRAffinityFilter', input: SimpleCIDRAffinityFilter, want: { name: 'SimpleCIDRAffinityFilter', once: true } },
  ];
  for (const r of rows) {
    test(r.name, () => {
      assert.deepEqual({ name: r.input.name, once: r.input.runOncePerRequest }, r.want);
    });
  }
});

describe('JsonFilter sees consumption between instances', () => {
  test('the same check answers from the current host state', () => {
    const check = JsonFilter.prepare(context(q(['>=', '$free_ram_mb', 6144])));
    assert.ok(check);
    const h = host();
    assert.equal(check(h), undefined);
    h.memoryMbUsed += 1024;
    assert.equal(check(h), REASON_JSON_QUERY);
  });
});

describe('hostAttribute', () => {
  const h = host(
    { capabilities: { 'cpu_info:arch': 'x86_64', gpu: 'nvidia', hypervisor_type: 'reported' }, metrics: { 'cpu.percent': 12 }, availability_zone: 'az1' },
    [],
  );
  const rows: Array<{ name: string; input: string; want: string | number | boolean | undefined }> = [
    { name: 'host', input: 'host', want: 'h1' },
    { name: 'nodename', input: 'nodename', want: 'h1.example' },
    { name: 'hypervisor_hostname', input: 'hypervisor_hostname', want: 'h1.example' },
    { name: 'hypervisor_type from the report wins over capabilities', input: 'hypervisor_type', want: 'qemu' },
    { name: 'hypervisor_version', input: 'hypervisor_version', want: 6002000 },
    { name: 'host_ip', input: 'host_ip', want: '10.0.0.5' },
    { name: 'availability_zone reported', input: 'availability_zone', want: 'az1' },
    { name: 'free_ram_mb', input: 'free_ram_mb', want: 6144 },
    { name: 'free_disk_mb', input: 'free_disk_mb', want: 60 * 1024 },
    { name: 'total_usable_ram_mb', input: 'total_usable_ram_mb', want: 8192 },
    { name: 'total_usable_disk_gb', input: 'total_usable_disk_gb', want: 100 },
    { name: 'disk_mb_used', input: 'disk_mb_used', want: 40 * 1024 },
    { name: 'vcpus_total', input: 'vcpus_total', want: 8 },
    { name: 'vcpus_used', input: 'vcpus_used', want: 2 },
    { name: 'num_instances', input: 'num_instances', want: 3 },
    { name: 'num_io_ops', input: 'num_io_ops', want: 1 },
    { name: 'cpu_allocation_ratio', input: 'cpu_allocation_ratio', want: 16 },
    { name: 'capabilities.<key>', input: 'capabilities.gpu', want: 'nvidia' },
    { name: 'capabilities.<key> with a colon', input: 'capabilities.cpu_info:arch', want: 'x86_64' },
    { name: 'bare capability key with a colon', input: 'cpu_info:arch', want: 'x86_64' },
    { name: 'metrics.<name> with dots', input: 'metrics.cpu.percent', want: 12 },
    { name: 'missing metric', input: 'metrics.mem', want: undefined },
    { name: 'missing capability', input: 'capabilities.fpga', want: undefined },
    { name: 'unknown name', input: 'no_such', want: undefined },
    { name: 'inherited names are not attributes', input: 'constructor', want: undefined },
    { name: 'inherited capability names are not capabilities', input: 'capabilities.toString', want: undefined },
  ];
  for (const r of rows) {
    test(r.name, () => {
      assert.equal(hostAttribute(h, r.input), r.want);
    });
  }
});
