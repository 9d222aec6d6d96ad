// What every system under test offers the turn scenario: one typed message of one user, persisted.
import type { Interview } from './interviews.js';

/** A chat system driven through whole interviews; `turn` handles message `k` of the interview and saves. */
export interface BenchSystem {
  name: string;
  turn(interview: Interview, k: number): Promise<void> | void;
  /** How many of the given interviews reached their end (the plan, or the machine's final state). */
  completed?(interviews: readonly Interview[]): number;
  close(): void;
}

/** A peer that could not be loaded (its package is not installed), with the reason. */
export interface MissingPeer { name: string; notRun: string }
