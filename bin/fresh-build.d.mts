/** The URL of the built entry when `dist` (default: the repository's dist/) is fresh, else undefined. */
export function freshBuild(dist?: URL): string | undefined;
