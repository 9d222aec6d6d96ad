#!/usr/bin/env node
// Entry point: runs the ahead-of-time build in dist/ when it is there and every source it was built from is
// unchanged; otherwise (no build, an edited source, MATCH_ADVISOR_SOURCES=1) runs the TypeScript through tsx.
import { freshBuild } from './fresh-build.mjs';

const built = process.env.MATCH_ADVISOR_SOURCES === '1' ? undefined : freshBuild();
if (built) {
  await import(built);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
