// Loads the peers from the separate bench package when it is installed (`npm install --prefix bench`);
// otherwise says why they were not run. The product never imports this.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchSystem, MissingPeer } from './system.js';

const PEERS = [
  { name: 'Bot Framework WaterfallDialog', file: '../peers/botframework.ts', needs: 'botbuilder-dialogs' },
  { name: 'xstate machine', file: '../peers/xstate.ts', needs: 'xstate' },
] as const;

/** Each peer built on its own database file under `dir`, or the reason it could not be. */
export async function loadPeers(dir: string, tag: string): Promise<(BenchSystem | MissingPeer)[]> {
  const out: (BenchSystem | MissingPeer)[] = [];
  for (const peer of PEERS) {
    if (!existsSync(fileURLToPath(new URL(`../node_modules/${peer.needs}/package.json`, import.meta.url)))) {
      out.push({ name: peer.name, notRun: `${peer.needs} is not installed (npm_config_yes=true npm install --prefix bench)` });
      continue;
    }
    try {
      // a computed specifier: the root type-check does not follow it into packages CI may not have
      const mod = await import(new URL(peer.file, import.meta.url).href) as { createPeer(path: string): BenchSystem };
      out.push(mod.createPeer(`${dir}/${peer.needs}-${tag}.db`));
    } catch (e) {
      out.push({ name: peer.name, notRun: `could not load: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return out;
}

/** True for a peer that was not loaded. */
export const isMissing = (p: BenchSystem | MissingPeer): p is MissingPeer => 'notRun' in p;
