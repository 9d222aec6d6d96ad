// One reader per profile field, in one table.
import type { Profile, ProfileField } from '../../../domain/profile.js';
import type { Reader } from '../reading.js';
import { readUsce } from './experience.js';
import { readUsLors } from './letters.js';
import { readResearch } from './research.js';
import { readGraduationYear } from './graduation.js';
import { readLanguages, readStage } from './misc.js';
import { readLaTies, readRegions } from './places.js';
import { readCouples, readCycle, readEcfmg } from './situation.js';
import { readSpecialty } from './specialty.js';
import { readStep1, readStep2ck, readStep3 } from './steps.js';
import { readVisa } from './visa.js';
import { readBudget } from '../budget-told.js';

/** The reader of each field. */
export const READERS: { [F in ProfileField]-?: Reader<NonNullable<Profile[F]>> } = {
  specialty: readSpecialty, visa: readVisa, step1: readStep1, step2ck: readStep2ck, step3: readStep3,
  graduationYear: readGraduationYear, usce: readUsce, usLors: readUsLors, languages: readLanguages,
  regions: readRegions, laTies: readLaTies, research: readResearch, stage: readStage,
  ecfmg: readEcfmg, couples: readCouples, cycle: readCycle, budget: readBudget,
};
