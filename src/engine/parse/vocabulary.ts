// Words people use for specialties, visas, regions and languages, mapped to our ids.
import type { Region, Specialty } from '../../domain/profile.js';

/** Specialty names and abbreviations as typed in IMG communities. */
export const SPECIALTY_ALIASES: Record<Specialty, string[]> = {
  internal_medicine: ['internal medicine', 'internal med', 'im', 'medicine', 'internist', 'categorical im', 'gim'],
  family_medicine: ['family medicine', 'family med', 'fm', 'family practice', 'fammed'],
  psychiatry: ['psychiatry', 'psych', 'psy'],
  pediatrics: ['pediatrics', 'peds', 'paeds', 'paediatrics', 'pediatric'],
  neurology: ['neurology', 'neuro'],
  pathology: ['pathology', 'path', 'patho'],
  transitional_year: ['transitional year', 'transitional', 'ty'],
  prelim_internal_medicine: ['prelim im', 'preliminary internal medicine', 'prelim medicine', 'preliminary medicine'],
  prelim_surgery: ['prelim surgery', 'preliminary surgery', 'prelim gs'],
  general_surgery: ['general surgery', 'surgery', 'gen surg', 'gs'],
  emergency_medicine: ['emergency medicine', 'em', 'emergency', 'er'],
  obstetrics_gynecology: ['obstetrics and gynecology', 'ob gyn', 'obgyn', 'ob/gyn', 'obstetrics', 'gynecology'],
  anesthesiology: ['anesthesiology', 'anesthesia', 'anaesthesia', 'gas'],
  physical_medicine_rehabilitation: ['physical medicine and rehabilitation', 'pm&r', 'pmr', 'pm r', 'rehab', 'physiatry'],
  diagnostic_radiology: ['radiology', 'diagnostic radiology', 'rads', 'dr'],
  dermatology: ['dermatology', 'derm'],
  orthopaedic_surgery: ['orthopaedic surgery', 'orthopedic surgery', 'orthopedics', 'ortho'],
  plastic_surgery: ['plastic surgery', 'plastics'],
  neurosurgery: ['neurosurgery', 'nsgy', 'neurosurg'],
  otolaryngology: ['otolaryngology', 'ent', 'ear nose and throat'],
  ophthalmology: ['ophthalmology', 'ophtho', 'optho', 'eye'],
  radiation_oncology: ['radiation oncology', 'rad onc', 'radonc'],
  urology: ['urology', 'uro'],
  interventional_radiology: ['interventional radiology', 'ir'],
  vascular_surgery: ['vascular surgery', 'vascular'],
};

/** Place names mapped to our regions; the first match wins, so more specific names come first. */
export const REGION_ALIASES: [string, Region | 'socal' | 'california' | 'anywhere'][] = [
  ['anywhere in california', 'california'], ['anywhere in cali', 'california'], ['anywhere in ca', 'california'],
  ['all of california', 'california'], ['all over california', 'california'], ['anywhere in socal', 'socal'],
  ['anywhere in southern california', 'socal'], ['all of socal', 'socal'],
  // hospitals people name for where they rotated or have ties
  ['cedars', 'la_county'], ['cedars-sinai', 'la_county'], ['cedars sinai', 'la_county'], ['ucla', 'la_county'], ['usc', 'la_county'],
  ['lac+usc', 'la_county'], ['keck', 'la_county'], ['harbor-ucla', 'la_county'], ['harbor ucla', 'la_county'], ['olive view', 'la_county'],
  ['white memorial', 'la_county'], ['chla', 'la_county'], ['kaiser la', 'la_county'], ['kaiser los angeles', 'la_county'],
  ['king drew', 'la_county'], ['mlk', 'la_county'], ['charles drew', 'la_county'], ['huntington', 'la_county'], ['northridge', 'la_county'],
  ['uci', 'orange_county'], ['hoag', 'orange_county'], ['choc', 'orange_county'],
  ['ucsd', 'san_diego'], ['scripps', 'san_diego'], ['sharp', 'san_diego'], ['rady', 'san_diego'],
  ['arrowhead', 'inland_empire'], ['ucr', 'inland_empire'], ['ruhs', 'inland_empire'], ['kaiser fontana', 'inland_empire'],
  ['ucsf', 'rest_of_california'], ['stanford', 'rest_of_california'], ['uc davis', 'rest_of_california'], ['kern', 'rest_of_california'],
  ['rest of california', 'rest_of_california'], ['northern california', 'rest_of_california'], ['norcal', 'rest_of_california'],
  ['bay area', 'rest_of_california'], ['san francisco', 'rest_of_california'], ['sacramento', 'rest_of_california'],
  ['fresno', 'rest_of_california'], ['central valley', 'rest_of_california'], ['elsewhere in california', 'rest_of_california'],
  ['other california', 'rest_of_california'], ['bakersfield', 'rest_of_california'], ['oakland', 'rest_of_california'],
  ['la county', 'la_county'], ['los angeles', 'la_county'], ['la', 'la_county'], ['l.a.', 'la_county'],
  ['glendale', 'la_county'], ['pasadena', 'la_county'], ['long beach', 'la_county'], ['torrance', 'la_county'],
  ['burbank', 'la_county'], ['santa monica', 'la_county'], ['san fernando valley', 'la_county'], ['valley', 'la_county'],
  ['orange county', 'orange_county'], ['oc', 'orange_county'], ['irvine', 'orange_county'], ['anaheim', 'orange_county'],
  ['santa ana', 'orange_county'], ['orange', 'orange_county'],
  ['san diego', 'san_diego'], ['sd', 'san_diego'], ['chula vista', 'san_diego'],
  ['inland empire', 'inland_empire'], ['ie', 'inland_empire'], ['riverside', 'inland_empire'], ['san bernardino', 'inland_empire'],
  ['loma linda', 'inland_empire'], ['palm springs', 'inland_empire'], ['fontana', 'inland_empire'], ['temecula', 'inland_empire'],
  ['socal', 'socal'], ['southern california', 'socal'], ['so cal', 'socal'],
  ['anywhere', 'anywhere'], ['anywhere in the us', 'anywhere'], ['nationwide', 'anywhere'], ['national', 'anywhere'],
  ['everywhere', 'anywhere'], ['any state', 'anywhere'], ['wherever', 'anywhere'], ['all over', 'anywhere'], ['open to all', 'anywhere'],
  ['other us', 'other_us'], ['outside california', 'other_us'], ['other states', 'other_us'], ['new york', 'other_us'],
  ['ny', 'other_us'], ['texas', 'other_us'], ['houston', 'other_us'], ['chicago', 'other_us'], ['florida', 'other_us'],
  ['michigan', 'other_us'], ['new jersey', 'other_us'], ['ohio', 'other_us'], ['pennsylvania', 'other_us'],
  ['philadelphia', 'other_us'], ['boston', 'other_us'], ['detroit', 'other_us'], ['miami', 'other_us'], ['arizona', 'other_us'],
  ['east coast', 'other_us'], ['midwest', 'other_us'], ['usa', 'other_us'], ['us', 'other_us'], ['united states', 'other_us'],
  ['california', 'california'], ['ca', 'california'], ['cali', 'california'],
];

/** Languages we recognise by name (with common misspellings caught by edit distance). */
export const LANGUAGES = [
  'English', 'Spanish', 'Armenian', 'Korean', 'Tagalog', 'Filipino', 'Chinese', 'Mandarin', 'Cantonese', 'Vietnamese',
  'Farsi', 'Persian', 'Arabic', 'Russian', 'Hindi', 'Urdu', 'Punjabi', 'Gujarati', 'Bengali', 'Tamil', 'Telugu',
  'Malayalam', 'Marathi', 'Kannada', 'Nepali', 'Japanese', 'Thai', 'Portuguese', 'French', 'German', 'Italian',
  'Polish', 'Ukrainian', 'Turkish', 'Hebrew', 'Greek', 'Romanian', 'Hungarian', 'Serbian', 'Croatian', 'Bosnian',
  'Albanian', 'Amharic', 'Somali', 'Swahili', 'Yoruba', 'Igbo', 'Hausa', 'Pashto', 'Dari', 'Kurdish', 'Azerbaijani',
  'Georgian', 'Uzbek', 'Kazakh', 'Indonesian', 'Malay', 'Burmese', 'Khmer', 'Lao', 'Sinhala', 'Dutch', 'Haitian Creole',
  'Cebuano', 'Ilocano', 'Sign Language',
] as const;
