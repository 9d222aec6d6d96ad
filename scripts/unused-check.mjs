#!/usr/bin/env node
// CI step: runs knip (knip.json) and fails on any unused file, dependency, unlisted dependency, duplicate export or
// unused export that is not in .ci/unused-baseline.txt. The baseline names entries by file name (not folder) and
// symbol, so moving a file does not change it; delete a line when its export goes. `--write` rewrites the baseline.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = resolve(ROOT, '.ci/unused-baseline.txt');
const KINDS = ['dependencies', 'devDependencies', 'unlisted', 'binaries', 'unresolved', 'exports', 'duplicates'];

let out;
try {
  out = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/knip/bin/knip.js'), '--no-progress', '--reporter', 'json', '--no-exit-code'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
} catch (error) {
  process.stderr.write(`unused-code check: knip did not run (${error.message})\n`);
  process.exit(1);
}
const report = JSON.parse(out);
const found = new Set(report.files.map((f) => `file ${basename(f)}`));
for (const issue of report.issues) {
  const name = basename(issue.file);
  for (const kind of KINDS) {
    const items = issue[kind] ?? [];
    for (const item of items) {
      const label = Array.isArray(item) ? item.map((i) => i.name).join('+') : item.name;
      found.add(`${kind} ${name} ${label}`);
    }
  }
}
if (process.argv.includes('--write')) {
  writeFileSync(BASELINE, `# Unused exports known when the check was added (knip); remove lines as they are fixed, never add new ones.\n${[...found].sort().join('\n')}\n`);
  console.log(`unused-code baseline written: ${found.size} entries`);
  process.exit(0);
}
const known = new Set(existsSync(BASELINE)
  ? readFileSync(BASELINE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : []);
const fresh = [...found].filter((f) => !known.has(f)).sort();
const gone = [...known].filter((k) => !found.has(k));
if (gone.length) console.log(`unused-code check: ${gone.length} baseline entries are fixed now; delete them from .ci/unused-baseline.txt`);
if (fresh.length) {
  console.log(`unused-code check: ${fresh.length} new unused file(s), export(s) or dependency problem(s):\n  ${fresh.join('\n  ')}`);
  process.exit(1);
}
console.log(`unused-code check: nothing new unused (${known.size - gone.length} known entries in the baseline)`);
