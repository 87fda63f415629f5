// ImagePropertiesFilter: an image that names an architecture, hypervisor
// type, VM mode or hypervisor version runs only on hosts that support it
// (their supported instances and hypervisor version).
import type { HostState } from '../host_state.js';
import type { HostFilter } from '../plugin.js';

export const REASON_IMAGE_PROPERTIES = 'host does not support the image architecture, hypervisor type or VM mode';
export const REASON_IMAGE_HV_VERSION = 'host hypervisor version does not satisfy the image';
export const REASON_IMAGE_VERSION_INVALID = 'invalid image hypervisor version requirement';

// Nova's canonical names, so images tagged with aliases (amd64, i386, pv...) still match.
export function canonicalArch(name: string): string {
  const n = name.trim().toLowerCase();
  if (['i386', 'i486', 'i586', 'x86_32', 'x86_32p'].includes(n)) return 'i686';
  if (n === 'amd64') return 'x86_64';
  return n;
}

export function canonicalHvType(name: string): string {
  const n = name.trim().toLowerCase();
  return n === 'xapi' ? 'xen' : n;
}

export function canonicalVmMode(name: string): string {
  const n = name.trim().toLowerCase();
  if (n === 'pv') return 'xen';
  if (n === 'hv' || n === 'baremetal') return 'hvm';
  return n;
}

type Comparison = (hostVersion: number) => boolean;

const COMPARE: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * A requirement like ">=6.0,<7.0" as comparisons against the host's integer
 * version (major*1000000 + minor*1000 + patch), or undefined when malformed.
 */
export function parseVersionRequirement(text: string): Comparison[] | undefined {
  const out: Comparison[] = [];
  for (const part of text.split(',')) {
    const m = /^(<=|>=|==|!=|<|>)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(part.trim());
    if (!m) return undefined;
    const major = Number(m[2]);
    const minor = Number(m[3] ?? 0);
    const patch = Number(m[4] ?? 0);
    if (minor >= 1000 || patch >= 1000) return undefined;
    const want = major * 1_000_000 + minor * 1000 + patch;
    const cmp = COMPARE[m[1]];
    out.push((v) => cmp(v, want));
  }
  return out;
}

/** The first non-empty of the current property name and its pre-Liberty one. */
function prop(props: Readonly<Record<string, string>>, name: string, legacy: string): string | undefined {
  return props[name]?.trim() || props[legacy]?.trim() || undefined;
}

export const ImagePropertiesFilter: HostFilter = {
  name: 'ImagePropertiesFilter',
  runOncePerRequest: true,
  prepare(req) {
    const props = req.image?.properties ?? {};
    const archProp = prop(props, 'hw_architecture', 'architecture');
    const hvProp = prop(props, 'img_hv_type', 'hypervisor_type');
    const vmProp = prop(props, 'hw_vm_mode', 'vm_mode');
    const versionProp = prop(props, 'img_hv_requested_version', 'hypervisor_version_requires');
    if (!archProp && !hvProp && !vmProp && !versionProp) return undefined;

    const arch = archProp && canonicalArch(archProp);
    const hv = hvProp && canonicalHvType(hvProp);
    const vm = vmProp && canonicalVmMode(vmProp);
    const version = versionProp === undefined ? undefined : parseVersionRequirement(versionProp);
    // A malformed requirement can be satisfied by no host; say so rather than blame each host.
    if (versionProp !== undefined && version === undefined) return () => REASON_IMAGE_VERSION_INVALID;

    const supports = (host: HostState): boolean =>
      host.supportedInstances.some(
        (s) =>
          (!arch || canonicalArch(s.architecture) === arch) &&
          (!hv || canonicalHvType(s.hypervisorType) === hv) &&
          (!vm || canonicalVmMode(s.vmMode) === vm),
      );
    return (host) => {
      if ((arch || hv || vm) && !supports(host)) return REASON_IMAGE_PROPERTIES;
      // A host reporting no version (0) cannot show it satisfies the requirement.
      if (version && (host.hypervisorVersion <= 0 || !version.every((c) => c(host.hypervisorVersion)))) return REASON_IMAGE_HV_VERSION;
      return undefined;
    };
  },
};
