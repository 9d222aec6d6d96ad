// What the Discord handlers need, passed in once by startDiscordBot (tests hand in their own).
import type { ProgramAdmin } from '../../src/domain/admin.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import type { createKeyedLock } from '../../src/runtime/keyed-lock.js';
import type { Logger } from '../../src/runtime/logger.js';
import type { Download } from './download.js';

/** The advisor, the program admin, a logger, an attachment downloader, DM ordering, and where admin commands work. */
export interface DiscordDeps {
  advisor: Advisor;
  admin: ProgramAdmin;
  log: Logger;
  download: Download;
  /** Keeps one user's DM turns (answer and sending) in arrival order, so replies never interleave. */
  dmOrder: ReturnType<typeof createKeyedLock>;
  /**
   * Interactions whose acknowledgement got a 5xx from Discord (it may have been applied anyway); a 40060 on the
   * retry then means our own deferral landed, not another process's.
   */
  uncertainAcks: ReadonlySet<string>;
  /**
   * Over HTTP the acknowledgement is this instance's own HTTP answer, so nothing arbitrates between two deliveries:
   * the turn (which claims the interaction id) runs first and a repeat is refused before any answer. Over the
   * gateway Discord takes only one acknowledgement, so it is sent first and a repeat stops at its 40060.
   */
  turnBeforeAck?: boolean;
  /** When set, /programs-import and /programs-export only work in these servers. */
  adminGuildIds?: ReadonlySet<string>;
}
