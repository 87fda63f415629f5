// How enum values, timestamps and addresses are shown: without proto
// prefixes, in the words Nova and openstackclient use.
import type { Address__Output, ImageStatus__Output, PowerState__Output } from '../gen/types.js';
import { timestampIso, type Timestamp } from '../util/timestamp.js';

export { statusName, taskStateName, vmStateName } from '../lifecycle/states.js';

// Nova's power_state names (nova/compute/power_state.py STATE_MAP).
const POWER_STATES: Record<PowerState__Output, string> = {
  POWER_STATE_UNSPECIFIED: 'NOSTATE',
  POWER_STATE_RUNNING: 'Running',
  POWER_STATE_PAUSED: 'Paused',
  POWER_STATE_SHUTDOWN: 'Shutdown',
  POWER_STATE_CRASHED: 'Crashed',
  POWER_STATE_SUSPENDED: 'Suspended',
};

export function powerStateName(p: PowerState__Output): string {
  return POWER_STATES[p] ?? p;
}

/** Glance's lower-case image status ("active"). */
export function imageStatusName(s: ImageStatus__Output): string {
  return s.replace(/^IMAGE_STATUS_/, '').toLowerCase();
}

/** ISO 8601 to the second, as the OpenStack APIs print times; '' when unset. */
export function isoTime(ts: Timestamp | null | undefined): string {
  return ts && (ts.seconds || ts.nanos) ? timestampIso(ts).replace(/\.\d{3}Z$/, 'Z') : '';
}

/** "net1=10.0.0.3, 10.0.0.4; net2=..." as osc prints server addresses. */
export function addressesText(addresses: readonly Address__Output[]): string {
  const byNet = new Map<string, string[]>();
  for (const a of addresses) byNet.set(a.network, [...(byNet.get(a.network) ?? []), a.address]);
  return [...byNet].map(([net, ips]) => `${net}=${ips.join(', ')}`).join('; ');
}
