// The dotted field paths a rule condition may name, read off the real Profile schema.
import type { z } from 'zod';
import { profileSchema } from '../../domain/profile.js';

interface Def { type: string; shape?: Record<string, unknown>; innerType?: unknown; options?: unknown[]; element?: unknown }
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Every path of a zod schema: leaves ("step2ck.score", "usce.where") and answered groups ("usce"); union members merged. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return schemaPaths(def.innerType as z.ZodType, prefix);
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const inner = Object.entries(shape).flatMap(([k, v]) => schemaPaths(v, prefix ? `${prefix}.${k}` : k));
      return prefix ? [prefix, ...inner] : inner;
    }
    case 'union': {
      const options = (def.options ?? []) as z.ZodType[];
      const all = options.flatMap((o) => schemaPaths(o, prefix));
      return [...new Set(all)];
    }
    default:
      return prefix ? [prefix] : [];
  }
}

/** All paths of the Profile (leaves and groups), computed once. */
export const PROFILE_PATHS: readonly string[] = schemaPaths(profileSchema);
