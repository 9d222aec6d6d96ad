// Human names for specialty ids, in one place for the interview, the plan and every adapter.
import type { Specialty } from './profile.js';

/** Title-case names, as shown in profiles and headings. */
export const SPECIALTY_NAMES: Record<Specialty, string> = {
  internal_medicine: 'Internal Medicine', family_medicine: 'Family Medicine', psychiatry: 'Psychiatry',
  pediatrics: 'Pediatrics', neurology: 'Neurology', pathology: 'Pathology', transitional_year: 'Transitional Year',
  prelim_internal_medicine: 'Preliminary Internal Medicine', prelim_surgery: 'Preliminary Surgery',
  general_surgery: 'General Surgery', emergency_medicine: 'Emergency Medicine', obstetrics_gynecology: 'Obstetrics and Gynecology',
  anesthesiology: 'Anesthesiology', physical_medicine_rehabilitation: 'Physical Medicine and Rehabilitation',
  diagnostic_radiology: 'Diagnostic Radiology', dermatology: 'Dermatology', orthopaedic_surgery: 'Orthopaedic Surgery',
  plastic_surgery: 'Plastic Surgery', neurosurgery: 'Neurosurgery', otolaryngology: 'Otolaryngology (ENT)',
  ophthalmology: 'Ophthalmology', radiation_oncology: 'Radiation Oncology', urology: 'Urology',
  interventional_radiology: 'Interventional Radiology', vascular_surgery: 'Vascular Surgery',
};

/** The same name in running text: lowercase, acronyms kept ("otolaryngology (ENT)"). */
export function specialtyInText(s: Specialty): string {
  return SPECIALTY_NAMES[s].replace(/\b[A-Z][a-z]+/g, (w) => w.toLowerCase());
}
