#!/usr/bin/env node
// Runs one TypeScript file (given as the first argument) through tsx, e.g. the benchmark.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: run-ts.mjs FILE.ts [args]\n');
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(resolve(file)).href);
