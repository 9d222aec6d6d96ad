// Prints the bench's figures as tables: the issue's aims first (ratios computed within this run), then detail.
import type { MemoryFigure } from './scenarios/memory.js';
import type { PlanFigure } from './scenarios/plan.js';
import type { TurnFigures } from './scenarios/turns.js';

/** The shape bench/results.json is written in. */
export interface BenchResults {
  date: string; quick: boolean; node: string;
  machine: { cpu: string; cores: number; memoryGb: number; platform: string; loadAverage: [number, number] };
  startup: { ms: Record<string, number>; usesBuild: boolean };
  turns: (TurnFigures & { p50Us: number; p99Us: number; maxUs: number; reasked: number })[];
  peersNotRun: Record<string, string>;
  side: { questions: number; p50Us: number; p99Us: number };
  plan: PlanFigure[];
  planCommandUs: number;
  memory: MemoryFigure | { notRun: string };
  memoryTuned: { flags: string[]; figure: MemoryFigure | { notRun: string } };
}

const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'not run' : x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0));
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The aims table rows: what, this run, the aim, met or not. */
function aimRows(r: BenchResults): [string, string, string, boolean | undefined][] {
  const big = r.turns[r.turns.length - 1]!;
  const sp = (name: string) => big.advisorSpeedup[name];
  const floor = big.perTurnUs.floor! / big.perTurnUs.advisor!;
  const broad12k = r.plan.find((p) => p.table.startsWith('12,000') && p.profile.startsWith('broad'));
  const national = r.plan.find((p) => p.table.startsWith('national') && p.profile.startsWith('broad'));
  const start = r.startup.ms['node bin/match-advisor.mjs chat'];
  const mem = 'peakRssMb' in r.memory ? r.memory.peakRssMb : undefined;
  const ok = (x: number | undefined, pass: (v: number) => boolean) => (x === undefined || Number.isNaN(x) ? undefined : pass(x));
  return [
    [`turns/s, advisor ÷ the floor (${big.users} users)`, f1(floor), '≥ 0.35', ok(floor, (v) => v >= 0.35)],
    ['advisor ÷ Bot Framework WaterfallDialog', f1(sp('Bot Framework WaterfallDialog')) + '×', '≥ 5×', ok(sp('Bot Framework WaterfallDialog'), (v) => v >= 5)],
    ['advisor ÷ xstate machine', f1(sp('xstate machine')) + '×', '≥ 1.5×', ok(sp('xstate machine'), (v) => v >= 1.5)],
    ['p99 per turn', `${f1(big.p99Us / 1000)} ms`, '< 0.5 ms', ok(big.p99Us, (v) => v < 500)],
    ['start to the first question (node bin/match-advisor.mjs)', `${f1(start)} ms`, '< 300 ms', ok(start, (v) => v < 300)],
    ['plan, 12,000 programs, broad profile', `${f1(broad12k?.computeMs)} ms`, '< 15 ms', ok(broad12k?.computeMs, (v) => v < 15)],
    ['plan, national table, broad profile', `${f1(national?.computeMs)} ms`, '< 5 ms', ok(national?.computeMs, (v) => v < 5)],
    [`peak RSS, ${'active' in r.memory ? r.memory.active : '?'} active users over ${'stored' in r.memory ? r.memory.stored : '?'} stored`, `${f1(mem)} MB`, '< 120 MB', ok(mem, (v) => v < 120)],
  ];
}

/** Writes the report to stdout. */
export function printReport(r: BenchResults): void {
  const out: string[] = [];
  out.push(`Match Advisor bench${r.quick ? ' (--quick: small sizes, figures not meaningful)' : ''}: ${r.date}, node ${r.node}, ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, ${r.machine.platform}, load average ${r.machine.loadAverage.map((x) => x.toFixed(1)).join(' → ')} (other processes share the cores)`, '');
  out.push(row(['aim', 'this run', 'aim', 'met']), row(['---', '---', '---', '---']));
  for (const [what, now, aim, met] of aimRows(r)) out.push(row([what, now, aim, met === undefined ? 'not run' : met ? 'yes' : 'no']));
  out.push('', row(['turns (median per turn over batches)', ...r.turns.map((t) => `${t.users} users`), 'first → last tenth (largest run)']), row(['---', ...r.turns.map(() => '---'), '---']));
  const names = Object.keys(r.turns[0]!.perTurnUs);
  const last = r.turns[r.turns.length - 1]!;
  for (const n of names) out.push(row([n, ...r.turns.map((t) => `${f1(t.perTurnUs[n])} µs`), `${f1(last.firstTenthUs[n])} → ${f1(last.lastTenthUs[n])} µs`]));
  for (const t of r.turns) out.push(`  ${t.users} users: ${t.turns} turns in ${t.batches} batches; advisor p50 ${f1(t.p50Us)} µs, p99 ${f1(t.p99Us)} µs, max ${f1(t.maxUs / 1000)} ms; ${t.reasked} re-asked; finished: ${Object.entries(t.completed).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [n, why] of Object.entries(r.peersNotRun)) out.push(`  ${n}: not run: ${why}`);
  out.push('', row(['plan', 'programs', 'profile', 'judged', 'compute', 'JSON.stringify', 'JSON']), row(['---', '---', '---', '---', '---', '---', '---']));
  for (const p of r.plan) out.push(row([p.table, String(p.programs), p.profile, String(p.judged), `${f1(p.computeMs)} ms`, `${f1(p.stringifyMs)} ms`, `${f1(p.jsonKb)} KB`]));
  out.push(`  plan command through the advisor (shipped table, broad profile, saved): ${f1(r.planCommandUs)} µs`);
  out.push('', `side question (typed or /ask), ${r.side.questions} asked: p50 ${f1(r.side.p50Us)} µs, p99 ${f1(r.side.p99Us)} µs`);
  out.push('', `start-up to the first question (median; the build in dist/ ${r.startup.usesBuild ? 'is fresh and used' : 'is missing or stale: sources through tsx'}):`);
  for (const [n, ms] of Object.entries(r.startup.ms)) out.push(`  ${n}: ${f1(ms)} ms`);
  if ('notRun' in r.memory) out.push('', `memory: not run: ${r.memory.notRun}`);
  else out.push('', `memory: peak RSS ${f1(r.memory.peakRssMb)} MB for ${r.memory.active} active users over ${r.memory.stored} stored conversations (${r.memory.turns} turns); RSS ${Object.entries(r.memory.stages).map(([k, v]) => `${k} ${f1(v)}`).join(', ')} MB; heap ${f1(r.memory.heapUsedMb)} MB`);
  const t = r.memoryTuned.figure;
  if (!('notRun' in t) && !('notRun' in r.memory)) {
    out.push(`  with node ${r.memoryTuned.flags.join(' ')}: peak RSS ${f1(t.peakRssMb)} MB; ${f1(t.usPerTurn)} µs per turn (default: ${f1(r.memory.usPerTurn)} µs)`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
