// The platform-shaped message the render side produces and the delivery side sends.
import type { Plan } from '../../src/domain/plan.js';
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/** A file to attach to a message. */
export interface OutFile { name: string; data: Buffer; description?: string }

/** One Discord message: text, embeds, component rows and files, each within Discord's limits. */
export interface OutMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: OutFile[];
  /** A chart to draw and attach before sending (drawing is asynchronous, so the render side only marks it). */
  chart?: Plan;
  /** Personal data (the export file): sent only in the DM with the bot, never through a server channel. */
  dmOnly?: boolean;
}

/** Characters an embed counts against the 6,000-per-message budget (Discord counts these fields). */
export function embedLength(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
}
