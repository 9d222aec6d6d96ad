// Every slash command, by name: the one list used both to register and to route.
import * as advise from './advise.js';
import * as ask from './ask.js';
import type { SlashCommand } from './command.js';
import * as exportData from './export.js';
import * as forget from './forget.js';
import * as plan from './plan.js';
import * as profile from './profile.js';
import * as programsExport from './programs-export.js';
import * as programsImport from './programs-import.js';

/** All commands, in the order Discord shows them. */
export const COMMAND_LIST: readonly SlashCommand[] = [advise, profile, plan, ask, exportData, forget, programsImport, programsExport];

/** Commands by name, for dispatch. */
export const COMMANDS_BY_NAME: ReadonlyMap<string, SlashCommand> = new Map(COMMAND_LIST.map((c) => [c.data.name, c]));
