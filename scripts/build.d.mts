/** Bundles `entry` (and its dynamic imports, as chunks) into `outdir`; returns our own input files. */
export function bundle(entry: string, outdir: string, opts?: { external?: string[]; minify?: boolean; define?: Record<string, string> }): Promise<string[]>;
/** Size and mtime of each file, the freshness record the launcher compares. */
export function fingerprint(files: string[]): { path: string; size: number; mtimeMs: number }[];
/** Builds dist/ from scratch and writes dist/build-info.json; returns how many files it depends on. */
export function buildCli(): Promise<number>;
export const ROOT: string;
export const DIST: string;
export const CLI_ENTRY: string;
export const EXTERNAL: string[];
export const EXTRA_INPUTS: string[];
