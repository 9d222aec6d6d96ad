// Names people use for specialties, places and languages, mapped to our ids.
import type { Region, Specialty } from '../../domain/profile.js';
import { NAMED_PLACES } from './place-names.js';

/** Specialty names and abbreviations as typed in IMG communities. */
export const SPECIALTY_ALIASES: Record<Specialty, string[]> = {
  internal_medicine: ['internal medicine', 'internal med', 'im', 'medicine', 'internist', 'categorical im', 'gim'],
  family_medicine: ['family medicine', 'family med', 'fm', 'family practice', 'fammed', 'fp', 'family med', 'fam med'],
  psychiatry: ['psychiatry', 'psych', 'psy', 'psychiatric', 'psychiatrist', 'psychiatrists'],
  pediatrics: ['pediatrics', 'peds', 'paeds', 'paediatrics', 'pediatric', 'paediatric', 'paeds'],
  neurology: ['neurology', 'neuro'],
  pathology: ['pathology', 'path', 'patho'],
  transitional_year: ['transitional year', 'transitional', 'ty'],
  prelim_internal_medicine: ['prelim im', 'preliminary internal medicine', 'prelim medicine', 'preliminary medicine'],
  prelim_surgery: ['prelim surgery', 'preliminary surgery', 'prelim gs', 'prelim surg'],
  general_surgery: ['general surgery', 'surgery', 'gen surg', 'gs', 'surg', 'general surg', 'gen surgery', 'categorical surgery'],
  emergency_medicine: ['emergency medicine', 'em', 'emergency', 'er'],
  obstetrics_gynecology: ['obstetrics and gynecology', 'ob gyn', 'obgyn', 'ob/gyn', 'obstetrics', 'gynecology', 'ob', 'gyn', 'obg', 'gynaecology', 'obstetrics gynecology', 'gynae', 'gyne', 'gynae obs', 'gyn obs', 'gyne obs', 'obs gynae', 'obs gyn', 'obs and gynae', 'obs and gyn', 'obs gyne', 'o and g', 'og', 'obstetrics and gynaecology'],
  anesthesiology: ['anesthesiology', 'anaesthesiology', 'anesthesia', 'anaesthesia', 'anesth', 'anaesth', 'anaesthetics', 'gas'],
  physical_medicine_rehabilitation: ['physical medicine and rehabilitation', 'pm&r', 'pmr', 'pm r', 'rehab', 'physiatry'],
  diagnostic_radiology: ['radiology', 'diagnostic radiology', 'rads'],
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
  ['lac+usc', 'la_county'], ['keck', 'la_county'], ['harbor-ucla', 'la_county'], ['harbor ucla', 'la_county'], ['harbor', 'la_county'], ['olive view', 'la_county'],
  ['white memorial', 'la_county'], ['chla', 'la_county'], ['kaiser la', 'la_county'], ['kaiser los angeles', 'la_county'],
  ['king drew', 'la_county'], ['mlk', 'la_county'], ['charles drew', 'la_county'], ['huntington', 'la_county'], ['northridge', 'la_county'],
  ['uci', 'orange_county'], ['hoag', 'orange_county'], ['choc', 'orange_county'],
  ['ucsd', 'san_diego'], ['scripps', 'san_diego'], ['sharp', 'san_diego'], ['rady', 'san_diego'],
  ['arrowhead', 'inland_empire'], ['ucr', 'inland_empire'], ['ruhs', 'inland_empire'], ['kaiser fontana', 'inland_empire'],
  // Kaiser's Los Angeles Medical Center (Sunset) and Southern California hospitals and towns named for where experience was
  ['kaiser lamc', 'la_county'], ['lamc', 'la_county'], ['kaiser woodland hills', 'la_county'], ['woodland hills', 'la_county'],
  ['pomona valley', 'la_county'], ['kaiser riverside', 'inland_empire'], ['kaiser anaheim', 'orange_county'], ['kaiser irvine', 'orange_county'], ['kaiser san diego', 'san_diego'],
  ['chino hills', 'inland_empire'], ['chino', 'inland_empire'], ['upland', 'inland_empire'], ['hemet', 'inland_empire'], ['desert regional', 'inland_empire'],
  // well-known hospitals outside California, named for where experience was done ("observership at Mount Sinai")
  ['mount sinai', 'other_us'], ['mt sinai', 'other_us'], ['mayo clinic', 'other_us'], ['mayo', 'other_us'], ['johns hopkins', 'other_us'], ['hopkins', 'other_us'],
  ['mass general', 'other_us'], ['brigham', 'other_us'], ['jackson memorial', 'other_us'], ['henry ford', 'other_us'], ['cleveland clinic', 'other_us'], ['emory', 'other_us'], ['yale', 'other_us'],
  ['ucsf', 'rest_of_california'], ['stanford', 'rest_of_california'], ['uc davis', 'rest_of_california'], ['kern', 'rest_of_california'],
  ['rest of california', 'rest_of_california'], ['rest of cali', 'rest_of_california'], ['rest of ca', 'rest_of_california'], ['rest of the state', 'rest_of_california'],
  ['nyc', 'other_us'], ['new york city', 'other_us'], ['nj', 'other_us'], ['jersey', 'other_us'], ['phoenix', 'other_us'], ['atlanta', 'other_us'], ['seattle', 'other_us'], ['dallas', 'other_us'],
  ['baltimore', 'other_us'], ['maryland', 'other_us'], ['dc', 'other_us'], ['virginia', 'other_us'], ['pittsburgh', 'other_us'], ['cleveland', 'other_us'], ['minnesota', 'other_us'],
  ['wisconsin', 'other_us'], ['iowa', 'other_us'], ['missouri', 'other_us'], ['st louis', 'other_us'], ['tennessee', 'other_us'], ['nashville', 'other_us'], ['kentucky', 'other_us'],
  ['louisiana', 'other_us'], ['new orleans', 'other_us'], ['alabama', 'other_us'], ['north carolina', 'other_us'], ['south carolina', 'other_us'], ['indiana', 'other_us'],
  ['illinois', 'other_us'], ['colorado', 'other_us'], ['denver', 'other_us'], ['utah', 'other_us'], ['nevada', 'other_us'], ['las vegas', 'other_us'], ['oregon', 'other_us'],
  ['portland', 'other_us'], ['kansas', 'other_us'], ['oklahoma', 'other_us'], ['arkansas', 'other_us'], ['mississippi', 'other_us'], ['connecticut', 'other_us'], ['massachusetts', 'other_us'],
  ['rhode island', 'other_us'], ['delaware', 'other_us'], ['west virginia', 'other_us'], ['new mexico', 'other_us'], ['hawaii', 'other_us'], ['alaska', 'other_us'], ['queens', 'other_us'],
  ['brooklyn', 'other_us'], ['bronx', 'other_us'], ['manhattan', 'other_us'], ['long island', 'other_us'], ['orlando', 'other_us'], ['tampa', 'other_us'], ['austin', 'other_us'],
  ['san antonio', 'other_us'], ['el paso', 'other_us'], ['tucson', 'other_us'], ['philly', 'other_us'], ['washington', 'other_us'], ['maine', 'other_us'], ['vermont', 'other_us'],
  ['arlington', 'other_us'], ['buffalo', 'other_us'], ['rochester', 'other_us'], ['albany', 'other_us'], ['newark', 'other_us'], ['milwaukee', 'other_us'], ['memphis', 'other_us'], ['northern california', 'rest_of_california'], ['norcal', 'rest_of_california'],
  ['bay area', 'rest_of_california'], ['the bay', 'rest_of_california'], ['nearby states', 'other_us'], ['neighboring states', 'other_us'], ['neighbouring states', 'other_us'], ['surrounding states', 'other_us'], ['san francisco', 'rest_of_california'], ['sacramento', 'rest_of_california'],
  ['fresno', 'rest_of_california'], ['central valley', 'rest_of_california'], ['elsewhere in california', 'rest_of_california'],
  ['other california', 'rest_of_california'], ['bakersfield', 'rest_of_california'], ['oakland', 'rest_of_california'],
  ['la county', 'la_county'], ['los angeles', 'la_county'], ['la', 'la_county'], ['l.a.', 'la_county'],
  ['glendale', 'la_county'], ['pasadena', 'la_county'], ['long beach', 'la_county'], ['torrance', 'la_county'],
  ['burbank', 'la_county'], ['santa monica', 'la_county'], ['san fernando valley', 'la_county'], ['valley', 'la_county'],
  ['pomona', 'la_county'], ['west covina', 'la_county'], ['el monte', 'la_county'], ['downey', 'la_county'], ['whittier', 'la_county'], ['compton', 'la_county'],
  ['inglewood', 'la_county'], ['alhambra', 'la_county'], ['arcadia', 'la_county'], ['cerritos', 'la_county'], ['lancaster', 'la_county'], ['palmdale', 'la_county'],
  ['santa clarita', 'la_county'], ['van nuys', 'la_county'], ['encino', 'la_county'], ['sherman oaks', 'la_county'], ['hollywood', 'la_county'], ['koreatown', 'la_county'],
  ['culver city', 'la_county'], ['carson', 'la_county'], ['norwalk', 'la_county'], ['lakewood', 'la_county'], ['sylmar', 'la_county'], ['harbor city', 'la_county'],
  ['fullerton', 'orange_county'], ['garden grove', 'orange_county'], ['huntington beach', 'orange_county'], ['newport beach', 'orange_county'], ['costa mesa', 'orange_county'],
  ['mission viejo', 'orange_county'], ['tustin', 'orange_county'], ['ontario', 'inland_empire'], ['rancho cucamonga', 'inland_empire'], ['corona', 'inland_empire'],
  ['moreno valley', 'inland_empire'], ['redlands', 'inland_empire'], ['victorville', 'inland_empire'], ['escondido', 'san_diego'], ['oceanside', 'san_diego'],
  ['carlsbad', 'san_diego'], ['la jolla', 'san_diego'], ['el cajon', 'san_diego'], ['fremont', 'rest_of_california'], ['san jose', 'rest_of_california'],
  ['santa clara', 'rest_of_california'], ['palo alto', 'rest_of_california'], ['berkeley', 'rest_of_california'], ['stockton', 'rest_of_california'], ['modesto', 'rest_of_california'],
  ['santa barbara', 'rest_of_california'], ['ventura', 'rest_of_california'], ['oxnard', 'rest_of_california'], ['thousand oaks', 'rest_of_california'], ['san luis obispo', 'rest_of_california'],
  ['visalia', 'rest_of_california'], ['merced', 'rest_of_california'], ['redding', 'rest_of_california'], ['vallejo', 'rest_of_california'], ['santa rosa', 'rest_of_california'], ['salinas', 'rest_of_california'],
  ['orange county', 'orange_county'], ['oc', 'orange_county'], ['irvine', 'orange_county'], ['anaheim', 'orange_county'],
  ['santa ana', 'orange_county'], ['orange', 'orange_county'],
  ['san diego', 'san_diego'], ['sd', 'san_diego'], ['chula vista', 'san_diego'],
  ['inland empire', 'inland_empire'], ['ie', 'inland_empire'], ['riverside', 'inland_empire'], ['san bernardino', 'inland_empire'],
  ['loma linda', 'inland_empire'], ['palm springs', 'inland_empire'], ['fontana', 'inland_empire'], ['temecula', 'inland_empire'],
  ['socal', 'socal'], ['southern california', 'socal'], ['so cal', 'socal'], ['the southern part', 'socal'], ['southern part of the state', 'socal'], ['south of the state', 'socal'],
  ['anywhere', 'anywhere'], ['anywhere in the us', 'anywhere'], ['nationwide', 'anywhere'],
  ['everywhere', 'anywhere'], ['any state', 'anywhere'], ['wherever', 'anywhere'], ['all over', 'anywhere'], ['open to all', 'anywhere'],
  ['other us', 'other_us'], ['outside california', 'other_us'], ['other states', 'other_us'], ['new york', 'other_us'],
  ['ny', 'other_us'], ['texas', 'other_us'], ['houston', 'other_us'], ['chicago', 'other_us'], ['florida', 'other_us'],
  ['michigan', 'other_us'], ['new jersey', 'other_us'], ['ohio', 'other_us'], ['pennsylvania', 'other_us'],
  ['philadelphia', 'other_us'], ['boston', 'other_us'], ['detroit', 'other_us'], ['miami', 'other_us'], ['arizona', 'other_us'],
  ['east coast', 'other_us'], ['midwest', 'other_us'], ['rest of the us', 'other_us'], ['elsewhere in the us', 'other_us'], ['other states', 'other_us'],
  ['anywhere in us', 'anywhere'], ['anywhere in the usa', 'anywhere'], ['anywhere in the united states', 'anywhere'], ['all over the us', 'anywhere'],
  // the whole country, said as a whole ("whole US", "the entire country"), and what is left of it ("the rest of the country")
  ['whole us', 'anywhere'], ['the whole us', 'anywhere'], ['whole usa', 'anywhere'], ['whole country', 'anywhere'], ['the whole country', 'anywhere'], ['entire us', 'anywhere'],
  ['entire country', 'anywhere'], ['all of the us', 'anywhere'], ['across the us', 'anywhere'], ['across the country', 'anywhere'], ['anywhere in the country', 'anywhere'], ['all states', 'anywhere'],
  ['rest of country', 'other_us'], ['rest of the country', 'other_us'], ['rest of us', 'other_us'], ['rest of the usa', 'other_us'], ['rest of the states', 'other_us'], ['other parts of the country', 'other_us'],
  ['california', 'california'], ['ca', 'california'], ['cali', 'california'],
  // neighbourhoods, towns and hospitals kept as data (knowledge/place-names.json)
  ...NAMED_PLACES,
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
  'Kikuyu', 'Zulu', 'Xhosa', 'Shona', 'Wolof', 'Tigrinya', 'Oromo', 'Hmong', 'Samoan', 'Tongan', 'Hiligaynon', 'Kapampangan',
  'Waray', 'Assamese', 'Konkani', 'Tulu', 'Maithili', 'Bhojpuri', 'Saraiki', 'Balochi', 'Tibetan', 'Mongolian', 'Lithuanian',
  'Latvian', 'Estonian', 'Finnish', 'Swedish', 'Norwegian', 'Danish', 'Czech', 'Slovak', 'Bulgarian', 'Macedonian',
  'Slovenian', 'Belarusian', 'Tajik', 'Turkmen', 'Kyrgyz', 'Yiddish', 'Catalan', 'Basque', 'Galician', 'Afrikaans', 'Fulani',
  'Lingala', 'Kinyarwanda', 'Kirundi', 'Malagasy', 'Quechua', 'Guarani', 'Maori', 'Chamorro', 'Luganda', 'Sesotho', 'Tswana',
  // Indigenous languages of Mexico, Central and South America that Southern California's patients speak (the Mixtec,
  // Zapotec and Maya communities of LA and the Inland Empire), then others an applicant may name
  'Nahuatl', 'Mixtec', 'Zapotec', 'Kiche', 'Quiche', 'Kaqchikel', 'Qeqchi', 'Qanjobal', 'Mayan', 'Yucatec', 'Otomi', 'Purepecha', 'Triqui',
  'Tzotzil', 'Tzeltal', 'Mixe', 'Aymara', 'Mapudungun', 'Garifuna', 'Hakka', 'Teochew', 'Taishanese', 'Fuzhounese', 'Shanghainese',
  'Uyghur', 'Tatar', 'Chechen', 'Sorani', 'Kurmanji', 'Assyrian', 'Aramaic', 'Syriac', 'Amazigh', 'Tamazight', 'Berber', 'Bambara',
  'Fante', 'Efik', 'Ibibio', 'Kanuri', 'Krio', 'Chichewa', 'Nyanja', 'Bemba', 'Ndebele', 'Kalenjin', 'Luhya', 'Sukuma', 'Marshallese',
  'Chuukese', 'Fijian', 'Hawaiian', 'Bikol', 'Bicolano', 'Tausug', 'Maranao', 'Chavacano', 'Rajasthani', 'Haryanvi', 'Dogri', 'Santali',
  'Manipuri', 'Meitei', 'Brahui', 'Hindko', 'Pothwari', 'Dhivehi', 'Newari', 'Romani', 'Ladino', 'Welsh', 'Icelandic', 'Maltese',
] as const;

// Provinces and states abroad that share a city name with Southern California ("San Fernando, Pampanga", "San Pedro,
// Batangas", "Santa Ana, Cagayan", "San Juan, Cavite"; not Laguna, whose name Orange County shares): a name followed by one of them is the place there
export const REGION_ABROAD: ReadonlySet<string> = new Set(('pampanga bulacan pangasinan cavite batangas ilocos cagayan tarlac zambales bataan quezon '
  + 'ecija tagaytay leyte samar negros iloilo bohol davao jalisco sonora sinaloa chihuahua oaxaca michoacan guanajuato puebla veracruz yucatan coahuila '
  + 'tamaulipas durango zacatecas nayarit chiapas tabasco morelos antioquia cundinamarca').split(' '));
// (the comma before such a province is taken out, so the city and its province stay one place: "san fernando pampanga")
export const BEFORE_REGION_ABROAD = new RegExp(`,\\s*(?=(?:${[...REGION_ABROAD].join('|')})\\b)`, 'g');
