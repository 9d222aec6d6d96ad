// Counts deliveries still being processed, so shutdown (and tests) can wait until every turn is done (Slack and Discord).

/** A counter of running tasks with a promise for "none running". */
export function createInflight() {
  let running = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    running -= 1;
    if (running === 0) {
      const done = waiters;
      waiters = [];
      for (const w of done) w();
    }
  };
  return {
    /** Counts `task` as running until it settles; returns it unchanged. */
    track<T>(task: Promise<T>): Promise<T> {
      running += 1;
      task.then(settle, settle);
      return task;
    },
    /** Resolves once nothing is running (immediately if nothing is). */
    idle(): Promise<void> {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    /** How many tasks are running now. */
    get running() { return running; },
  };
}

/** The in-flight counter type. */
export type Inflight = ReturnType<typeof createInflight>;
