#!/usr/bin/env node
// Entry point: runs the ahead-of-time build in dist/ when it is there and every source it was built from is
// unchanged; otherwise (no build, an edited source, MATCH_ADVISOR_SOURCES=1) runs the TypeScript through tsx,
// a development dependency: without it, says how to build instead of failing with a stack trace.
import { freshBuild } from './fresh-build.mjs';

const built = process.env.MATCH_ADVISOR_SOURCES === '1' ? undefined : freshBuild();
if (built) {
  await import(built);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write('match-advisor: the built program in dist/ is missing or older than the sources, and tsx (a development\n'
      + 'dependency) is not installed to run the sources. Run `npm install` in the repository (it builds dist/), or\n'
      + '`npm run build` after installing the development dependencies.\n');
    process.exit(1);
  }
  register();
  await import('./main.ts');
}
