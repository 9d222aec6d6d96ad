// Runs tasks one at a time per key (one conversation), in arrival order; other keys run freely.

/** A per-key queue: `run(key, task)` starts the task after every earlier task of that key has settled. */
export function createKeyedLock() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => T | Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => { if (tails.get(key) === tail) tails.delete(key); });
      return result;
    },
    /** Number of keys with queued work (for tests and health checks). */
    get busyKeys() { return tails.size; },
  };
}
