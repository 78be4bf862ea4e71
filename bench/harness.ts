/**
 * A tiny benchmark harness: named cases, each timed over a few runs, printed as one table.
 * Cases may also time external processes (`process` kind) so figures sit next to Nix's own tools.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase {
  readonly name: string;
  /** Runs once; returns optional extra columns (e.g. `{ 'MB/s': '123' }`). */
  readonly run: () => Promise<Record<string, string> | void> | Record<string, string> | void;
  readonly runs?: number;
  readonly setup?: () => Promise<void> | void;
}

export interface BenchRow {
  readonly name: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly extra: Record<string, string>;
}

export async function runCases(cases: readonly BenchCase[], filter?: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    await c.setup?.();
    const times: number[] = [];
    let extra: Record<string, string> = {};
    const runs = c.runs ?? 5;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await c.run();
      times.push(performance.now() - t0);
      if (r) extra = r;
    }
    times.sort((a, b) => a - b);
    rows.push({ name: c.name, runs, medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, extra });
  }
  return rows;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const extraKeys = [...new Set(rows.flatMap((r) => Object.keys(r.extra)))];
  const head = ['case', 'runs', 'median ms', 'min ms', ...extraKeys];
  const body = rows.map((r) => [
    r.name,
    String(r.runs),
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    ...extraKeys.map((k) => r.extra[k] ?? ''),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
