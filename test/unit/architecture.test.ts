// Proves the layering of the folders: a layer table (each folder imports only from layers below it, or itself), no
// import cycle among any of our files, no platform SDK or adapter in src/, and no I/O in the engine.
// Written for the layout of issue 21 (src/plan, src/answers, src/knowledge loading only, the entry in bin/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const filesUnder = (dir: string): string[] => !existsSync(dir) ? [] : readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? (f === 'node_modules' ? [] : filesUnder(p)) : /\.(ts|mts|mjs)$/.test(p) && !p.endsWith('.d.mts') ? [p] : [];
});
/** Every module specifier a file names: static and dynamic imports, re-exports, type imports. */
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|[\s;])(?:import|export)\b[^'"\x60;]*?(?:from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2])!);
/** Only the imports that exist at run time (an 'import type' does not load the module). */
const runtimeImportsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|[\s;])(import|export)(\s+type\b)?[^'"\x60;]*?(?:from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)]
  .filter((m) => !m[2]).map((m) => (m[3] ?? m[4])!);

/**
 * The layer table, lowest first. A file may import from its own layer or any layer listed before it, never after.
 * A row names folders (relative to the repository) that form one layer.
 */
const LAYERS: { name: string; folders: string[] }[] = [
  { name: 'domain', folders: ['src/domain'] },       // the vocabulary: profile, plan, input and reply shapes
  { name: 'engine', folders: ['src/engine'] },       // the pure conversation: step(state, input, ctx)
  { name: 'store', folders: ['src/store'] },         // conversations at rest
  { name: 'knowledge', folders: ['src/knowledge'] }, // load, validate, cache: flow, articles, rules, programs, weights
  { name: 'plan', folders: ['src/plan'] },           // the plan's judgment: standing, tiers, filters, warnings
  { name: 'answers', folders: ['src/answers'] },     // the question answerer
  { name: 'render', folders: ['src/render', 'src/chart'] }, // neutral screens, text, the chart
  { name: 'runtime', folders: ['src/runtime'] },     // wires it together: config, open-app, the advisor
  { name: 'adapters', folders: ['adapters'] },       // terminal, Discord, Slack
  { name: 'bin', folders: ['bin'] },                 // the process entry
];
/** Known exceptions, each with the reason it is allowed for now; the test fails when one is no longer needed. */
const ALLOWED: Record<string, string> = {

};
/** Known cycles (their files, sorted, joined by ' + '), each with the fix; a new cycle fails the test. */
const KNOWN_CYCLES: Record<string, string> = {
  'src/store/conversation-store.ts + src/store/open-database.ts + src/store/sqlite/sqlite-errors.ts + src/store/turn-store.ts':
    'type-only back edge (turn-store.ts imports the type ConversationExport from conversation-store.ts): move ConversationExport into turn-store.ts',
};

const layerOf = (file: string) => {
  const rel = relative(ROOT, file);
  const i = LAYERS.findIndex((l) => l.folders.some((f) => rel === f || rel.startsWith(f + '/')));
  return i < 0 ? undefined : i;
};
const ours = LAYERS.flatMap((l) => l.folders.flatMap((f) => filesUnder(join(ROOT, f))));
/** The file a relative specifier names (TypeScript's .js for .ts), or undefined outside our code. */
function resolveSpec(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

describe('architecture', () => {
  it('every folder of src/, adapters/ and bin/ is in the layer table', () => {
    const placed = filesUnder(join(ROOT, 'src')).concat(filesUnder(join(ROOT, 'adapters')), filesUnder(join(ROOT, 'bin')))
      .filter((f) => layerOf(f) === undefined).map((f) => relative(ROOT, f));
    expect(placed).toEqual([]);
  });

  it('each layer imports only from itself and the layers below it', () => {
    const found: string[] = [];
    for (const f of ours) {
      const from = layerOf(f)!;
      for (const spec of importsOf(f)) {
        const target = resolveSpec(f, spec);
        if (!target) continue;
        const to = layerOf(target);
        if (to === undefined || to <= from) continue;
        found.push(relative(ROOT, f) + ' -> ' + relative(ROOT, target) + ' (' + LAYERS[from]!.name + ' -> ' + LAYERS[to]!.name + ')');
      }
    }
    const unexplained = found.filter((v) => !(v.split(' (')[0]! in ALLOWED));
    const stale = Object.keys(ALLOWED).filter((k) => !found.some((v) => v.startsWith(k + ' (')));
    expect(unexplained).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('no import cycle among our files, counting every import (type-only ones too: they make files read in a circle)', () => {
    const files = [...ours, ...filesUnder(join(ROOT, 'test')), ...filesUnder(join(ROOT, 'bench')).filter((f) => !f.includes('/peers/'))];
    const edges = new Map(files.map((f) => [f, importsOf(f).map((s) => resolveSpec(f, s)).filter((t): t is string => t !== undefined)]));
    const cycles = new Set<string>();
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of edges.get(f) ?? []) {
        // a cycle is named by its files, sorted, so the order of the walk does not matter
        if (state.get(t) === 'open') cycles.add(stack.slice(stack.indexOf(t)).map((x) => relative(ROOT, x)).sort().join(' + '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect([...cycles].filter((c) => !(c in KNOWN_CYCLES))).toEqual([]);
    // a known cycle that is gone is deleted from the list
    expect(Object.keys(KNOWN_CYCLES).filter((c) => !cycles.has(c))).toEqual([]);
    // no run-time cycle at all, known or not
    const runtime = new Map(files.map((f) => [f, new Set(runtimeImportsOf(f).map((s) => resolveSpec(f, s)).filter((t): t is string => t !== undefined))]));
    const runtimeCycles = [...cycles].filter((c) => {
      const members = c.split(' + ').map((m) => join(ROOT, m));
      return members.every((m) => members.some((n) => runtime.get(m)?.has(n)));
    });
    expect(runtimeCycles.filter((c) => c in KNOWN_CYCLES && !KNOWN_CYCLES[c]!.startsWith('type-only'))).toEqual([]);
  });

  it('src/ imports neither discord.js, Bolt, nor any adapter', () => {
    const offenders = filesUnder(join(ROOT, 'src')).flatMap((f) => importsOf(f)
      .filter((i) => /^(discord\.js|@discordjs\/|@slack\/)/.test(i) || i.includes('/adapters/') || i.startsWith('../../adapters'))
      .map((i) => relative(ROOT, f) + ' -> ' + i));
    expect(offenders).toEqual([]);
  });

  it('the engine touches no database, file, clock or network', () => {
    const offenders = filesUnder(join(ROOT, 'src/engine')).flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const bad = importsOf(f).filter((i) => /^(node:)?(fs|net|http|https|child_process)$|better-sqlite3|\/store\//.test(i));
      if (/\bnew Date\(\)|Date\.now\(\)|Math\.random\(\)/.test(text)) bad.push('reads the clock or randomness');
      return bad.map((b) => relative(ROOT, f) + ': ' + b);
    });
    expect(offenders).toEqual([]);
  });

  it('every exported function, type and constant in src/ carries a comment saying what it promises', () => {
    const missing: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src'))) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?(function|const|interface|type|class)\b/.test(line)) return;
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim() === '') j--;
        // a group of exports that belong together (a schema and its inferred type) shares the comment above it
        const prev = lines[j]?.trim() ?? '';
        const pairedType = /^export type \w+ = (z\.infer|\(typeof)/.test(line) && /^(export|\}\)|\]|\);?$|\} as const;?$)/.test(prev);
        if (!(pairedType || prev.startsWith('export ') || prev.endsWith('*/') || prev.startsWith('//') || prev.startsWith('*'))) missing.push(relative(ROOT, f) + ':' + (i + 1));
      });
    }
    expect(missing).toEqual([]);
  });
});
