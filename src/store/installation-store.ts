// Where a chat platform's installations (one per workspace or organisation, with its bot token) are kept.

/** Which installation: an organisation-wide install is found by its enterprise id, any other by its workspace (team) id. */
export interface InstallationKey { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall: boolean }

/** Stores installations as opaque JSON records; implementations keep tokens encrypted when a data key is set. */
export interface InstallationStore {
  /** Saves (or replaces, on a re-install) the installation under its key. */
  save(key: InstallationKey, installation: Record<string, unknown>): Promise<void>;
  /** The stored installation, or undefined when the workspace never installed the app (or uninstalled it). */
  find(key: InstallationKey): Promise<Record<string, unknown> | undefined>;
  /** Deletes the installation (after an uninstall or a revoked token). */
  remove(key: InstallationKey): Promise<void>;
}

/** Thrown for a key that names neither a team nor, for an organisation install, an enterprise. */
class InstallationKeyError extends Error {
  readonly code = 'INSTALLATION_KEY_INVALID';
}

/** The one text a key is stored under: `E:<enterprise>` for organisation installs, `T:<team>` otherwise. */
export function installationKeyText(key: InstallationKey): string {
  if (key.isEnterpriseInstall) {
    if (!key.enterpriseId) throw new InstallationKeyError('an organisation install needs an enterprise id');
    return `E:${key.enterpriseId}`;
  }
  if (!key.teamId) throw new InstallationKeyError('a workspace install needs a team id');
  return `T:${key.teamId}`;
}
