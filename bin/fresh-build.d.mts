/** The URL of the built entry when dist/ is fresh, else undefined (missing, unreadable, or any input changed). */
export function freshBuild(): string | undefined;
