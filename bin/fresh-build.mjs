// Decides whether dist/ may be used: its build record exists and every listed file has the same size and mtime.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = new URL('../dist/', import.meta.url);

/**
 * The URL of the built entry when `dist` (default: the repository's dist/) is fresh, else undefined: no build,
 * an unreadable record, another Node version, or any listed file (paths relative to the repository) changed.
 */
export function freshBuild(dist = DIST) {
  let info;
  try { info = JSON.parse(readFileSync(new URL('build-info.json', dist), 'utf8')); } catch { return undefined; }
  if (!info || typeof info.entry !== 'string' || !Array.isArray(info.inputs) || info.node !== process.version) return undefined;
  for (const f of info.inputs) {
    let st;
    try { st = statSync(ROOT + f.path); } catch { return undefined; }
    if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) return undefined;
  }
  return pathToFileURL(fileURLToPath(new URL(info.entry, dist))).href;
}
