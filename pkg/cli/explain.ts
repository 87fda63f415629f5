// `kumo server create --dry-run`: the scheduler's explanation of a create
// request (ExplainPlacement), as two tables: what each filter kept and
// removed (and why), and how the best hosts weighed.
import type { ExplainPlacementResponse__Output } from '../gen/types.js';
import { renderTable, type Output } from './format.js';

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}

export function explanationOutput(e: ExplainPlacementResponse__Output): Output {
  const filters = renderTable(
    ['Filter', 'Hosts In', 'Hosts Out', 'Removed Because'],
    e.filters.map((f) => [f.filter, f.hosts_before, f.hosts_after, Object.entries(f.reasons).map(([r, n]) => `${r} (${n})`).join('; ')]),
  );
  const weigherNames = [...new Set(e.weighed.flatMap((w) => w.scores.map((s) => s.weigher)))];
  const weighed = renderTable(
    ['Host', 'Weight', ...weigherNames],
    e.weighed.map((w) => [
      w.host,
      round(w.weight),
      ...weigherNames.map((n) => {
        const s = w.scores.find((x) => x.weigher === n);
        return s ? `${round(s.raw)} -> ${round(s.normalized)} x ${round(s.multiplier)}` : '';
      }),
    ]),
  );
  const lines = [
    `Dry run: nothing was created or claimed. ${e.hosts_considered} host(s) considered.`,
    '',
    filters,
    '',
    e.weighed.length ? `Best hosts (raw -> normalised x multiplier):\n${weighed}` : 'No host left to weigh.',
    '',
    e.no_valid_host ? `Outcome: ${e.no_valid_host}` : `Outcome: ${e.selected_hosts.join(', ')}`,
  ];
  return { kind: 'document', value: e, text: `${lines.join('\n')}\n` };
}
