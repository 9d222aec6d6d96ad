// Bolt's InstallationStore on top of ours: installs saved per workspace (or organisation), found again per request.
import type { Installation, InstallationQuery, InstallationStore as BoltInstallationStore } from '@slack/bolt';
import type { InstallationStore } from '../../../src/store/installation-store.js';
import type { Logger } from '../../../src/runtime/logger.js';

/** Adapts our store to the interface Bolt's installer calls; logs ids of workspaces only, never tokens. */
export function boltInstallationStore(store: InstallationStore, log: Logger): BoltInstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
      await store.save({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall }, installation as unknown as Record<string, unknown>);
      log.info('slack.installed', { enterprise: isEnterpriseInstall });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await store.find({ teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall });
      if (!found) throw new Error('no installation for this workspace'); // Bolt answers the request as unauthorized
      return found as unknown as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.remove({ teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall });
      log.info('slack.uninstalled');
    },
  };
}
