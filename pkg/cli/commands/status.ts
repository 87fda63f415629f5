// kumo status: the one screen an operator reads first (SystemService.GetStatus).
import type { GetStatusResponse__Output } from '../../gen/types.js';
import type { Group } from '../command.js';
import { UsageError } from '../errors.js';

function duration(ms: number): string {
  if (ms < 0) return '-';
  if (ms < 1000) return `${ms}ms`;
  const s = Math.floor(ms / 1000);
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 120) return `${m}m`;
  return `${Math.floor(m / 60)}h${m % 60}m`;
}

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(1)} GiB`;
}

/** The status as text: services, hosts, conductors' views, stream, NATS. */
export function renderStatus(s: GetStatusResponse__Output): string {
  const lines: string[] = ['Services'];
  for (const svc of s.services) {
    const who = svc.processes.map((p) => `${p.name}${p.hosts.length ? ` (${p.hosts.length} hosts)` : ''} up ${duration(Number(p.uptime_ms))}`).join(', ');
    lines.push(`  ${svc.service.padEnd(16)} ${svc.state.padEnd(5)} ${svc.processes.length} process${svc.processes.length === 1 ? '' : 'es'}${who ? `: ${who}` : ''}`);
  }
  const h = s.hosts;
  lines.push('', h ? `Hosts  ${h.total} total: ${h.up} up, ${h.down} down, ${h.disabled} disabled, ${h.forced_down} forced down` : 'Hosts  unknown (no conductor answered)');
  lines.push('', 'Conductor views');
  if (!s.conductors.length) lines.push('  none answered');
  for (const c of s.conductors) {
    const age = Number(c.lag) === 0 ? 'caught up' : `last applied ${duration(Number(c.applied_age_ms))} ago`;
    lines.push(`  ${c.name.padEnd(24)} applied ${c.applied_seq}  lag ${c.lag}  (${age})  id ${c.conductor_id}`);
  }
  const st = s.stream;
  lines.push('', 'State log');
  if (!st || st.error) lines.push(`  ${st?.name ?? 'KUMO_STATE'}: unavailable${st?.error ? ` (${st.error})` : ''}`);
  else {
    lines.push(`  ${st.name}: ${st.messages} messages, ${bytes(Number(st.bytes))}, ${st.subjects} subjects, seq ${st.first_seq}..${st.last_seq}, ${st.consumers} consumers, ${st.replicas} replica${st.replicas === 1 ? '' : 's'}`);
  }
  const n = s.nats;
  lines.push('', 'NATS');
  lines.push(n ? `  ${n.connected ? 'connected' : 'DISCONNECTED'} to ${n.server} (server ${n.version}, ${n.server_id.slice(0, 12)}), rtt ${n.rtt_ms.toFixed(2)} ms, JetStream ${n.jetstream ? 'on' : 'off'}, ${n.reconnects} reconnects` : '  unknown');
  return `${lines.join('\n')}\n`;
}

export const statusCommands: Group = {
  name: 'status',
  summary: 'The control plane at a glance (admin).',
  commands: {
    show: {
      summary: 'Show services, hosts, conductor view lag, the state log and NATS',
      description:
        "One screen an operator reads first: which Kumo processes answer (api, conductor, scheduler, compute), hosts up/down/disabled, each conductor's view lag (state-log last sequence minus what its view applied, and how long ago it last applied), the KUMO_STATE stream, and the API's NATS connection. `kumo status` is the same.",
      options: { wait: { type: 'string', metavar: '<ms>', help: 'How long to gather process answers (default 500)' } },
      positionals: [],
      examples: ['kumo status', 'kumo status -f json', 'kumo status show --wait 2000'],
      rpcs: ['SystemService.GetStatus'],
      async run(ctx, args) {
        const raw = args.string('wait');
        const waitMs = raw === undefined ? 0 : Number(raw);
        if (!Number.isInteger(waitMs) || waitMs < 0) throw new UsageError(`--wait must be a whole number of milliseconds, not '${raw}'`);
        const status = await ctx.client().system.status({ waitMs });
        return { kind: 'document', value: status, text: renderStatus(status) };
      },
    },
  },
};
