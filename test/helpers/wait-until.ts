// Polling for a condition a child process or server will make true, with a deadline.

/** Resolves once `check()` is true or `ms` have passed (the caller asserts what it waited for). */
export async function waitUntil(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}
