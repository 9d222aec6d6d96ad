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
  /** When set, /programs-import and /programs-export only work in these servers. */
  adminGuildIds?: ReadonlySet<string>;
}
