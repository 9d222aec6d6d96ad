// Other languages: each sentence's language is told by words no English sentence uses; a Spanish, Portuguese or
// romanised Hindi-Urdu sentence is rewritten in the English words the readers know, so that no English keyword is
// matched inside another language ("em" is Portuguese for "in", never Emergency Medicine).
import { denialsInEnglishOrder } from './denials-abroad.js';
import { statusInEnglish } from './status-words.js';

/** A sentence's language, as far as these readers care. */
export type Lang = 'en' | 'es' | 'pt' | 'hi';

const words = (s: string) => new Set(s.split(' '));
// Words that mark a language: common in it, never used in an English message.
const MARKERS: [Exclude<Lang, 'en'>, ReadonlySet<string>][] = [
  ['es', words('tramite proceso menos vivimos sirve cualquier excepto decidido decido cartas carta certificado certificada vinculo lazos ciclo mas esposo esposa marido novio novia tiene aprobado aprobada pase primera mujer pareja en soy necesito saque porque esta aqui con espanol ingles quiero tengo hice hablo gradue aprobe reprobe intento meses anos todavia publicaciones pero tambien tia tio vivi nada quedarme sobre fluido obvio rotaciones internado rotatorio planeo tomado del una dos tres cuatro cinco mis si se interna hace estoy este reaplicando aplicando sur porfa favor ninguna ninguno experiencia clinica doscientos trescientos cuarenta cincuenta treinta veinte sesenta setenta ochenta noventa siete ocho nueve duda mande envie llevo entrevistas entrevista septiembre ciudadana ciudadano estadounidense psiquiatria pediatria cirugia cero decidi sin nada quiere mama papa madre padre medicina preferencia preferiblemente cualquier sirve anestesiologia radiologia cardiologia dermatologia espero presento programado agendado febrero marzo nadie patrocina amigo amiga hizo igual mes medio vuelvo aplicar pasado vez segunda primera graduo proximo naci pasion trabajo permiso pendiente llega llegado resultado esperando enero abril junio julio octubre noviembre diciembre presente presentado necesita articulos articulo investigacion congreso facultad prefiero donde viven primos crie crio papas siguen soltero soltera graduado graduada egresado egresada recibido recibida vivo parte importa recomendacion ningun otra opcion casi programa programas necesitaria residencia pasaporte nacionalidad ciudadania')],
  ['pt', words('maos analise andamento processo menos tudo moramos vivemos mudamos decidi comunidade certeza pretendo planejo estudando proximo ciclo certificado certificada pelo pela vinculo nem fazer ou marido namorado namorada tirou conseguiu portugues ingles espanhol tirei vou precisar visto quero tenho fiz falo formei mes ainda nao passei reprovei tentativa artigos publicados nenhum nenhuma qualquer lugar estagio observacional semanas tambem uma dois duas tres quatro cinco primeira sim estou preparando aplico passado esperando resultado mandei enviei setembro outubro agosto novembro entrevistas entrevista agora nasci cresci cidada cidadao americana americano americanas clinicas todas sou ficar duzentos quarenta cinquenta trinta vinte sessenta setenta oitenta noventa sete oito nove eua rolar der geral cirurgia medica experiencia clinica meses sem publicacao publicacoes pai mae quer irmao irma medicina plano morei moro moram mora quando crianca sul espero marcado agendado fevereiro marco ninguem patrocina preciso amigo amiga meio meia vez segunda cidadania formo fim vem faz trabalho autorizacao permissao pendente aprovado aprovada concedido resultado aguardando porque estudei trabalhei solteiro solteira formado formada brasileiro brasileira talvez delas deles recomendacao quase outra opcao programa programas precisaria residencia passaporte nacionalidade entao artigo artigos pesquisas iniciacao cientifica faculdade congresso onde meus minha meu pais continuam morando')],
  ['hi', words('koshish koshis karunga karungi asli asal aaye saal hafte gayi gya uski unka unki uske unke biwi shohar karna rakhunga aaya bol leta hoon dene saath hai hain nahi nahin chahiye mein mere meri mera kiya diya thi tha raha rehte mahine mahina abhi aur koi kahin bhi chalega bas yaar bhai dunga dungi khud kabhi wahan jaye gaya hua pehli baar pichle saal dobara hoon sab teen woh usko dono sirf mujhe lena baaki baki teesri doosri dusri toh warna varna mila mili tak chalega chalegi kahin uska dafa martaba dedh dhai saadhe sadhe sawa paune aadha adha pehle')],
];

// Words written the same in Spanish and Portuguese (both languages' markers may hold them)
const SHARED_IBERIAN: ReadonlySet<string> = words('menos publicado publicados publicada publicadas completo cartas carta medicina interna todas todos meses experiencia clinica certificado certificada ciclo esposa marido tres cinco sete oito nove mas ou e o a de en em con com pediatria psiquiatria cirurgia radiologia cardiologia dermatologia anestesiologia neurologia preferencia visto entrevistas entrevista setembro outubro agosto novembro septiembre octubre noviembre esperando resultado trabajo pendiente aprobado aprobada primera segunda vez mes plano amigo amiga quiero quero tengo tenho programa programas residencia');

type Table = [RegExp, string][];

// Hindi-Urdu numbers from 20 to 79 (each has its own word, with the spellings people type), read only after "sau"
// (hundred) so that "do sau chaalis" is 240 and no everyday word ("saath" is also "with") is taken for a number
const HINDI_TENS: [number, string][] = ([
  [20, 'bees|bis'], [21, 'ikkis'], [22, 'bais|baees'], [23, 'teis|tes'], [24, 'chaubis|chobis|chaubees'], [25, 'pachis|pachchis|pachees'], [26, 'chhabbis|chabbis'], [27, 'sattais|sattaes'], [28, 'atthais|athais|athaees'], [29, 'untees|untis'],
  [30, 'tees|tis'], [31, 'ikattis|iktis|ikatees'], [32, 'battis|batees'], [33, 'tentis|taintis|taintees'], [34, 'chauntis|chontis|chautees'], [35, 'paintis|paintees'], [36, 'chhattis|chattis|chhatees'], [37, 'saintis|saintees'], [38, 'adtis|artis|ardtis|adtees'], [39, 'untalis|untaalis'],
  [40, 'chaalis|chalis|chalees'], [41, 'iktalis|iktaalis'], [42, 'bayalis|byalis|bayaalis'], [43, 'tentalis|taintalis|taintaalis'], [44, 'chavalis|chauvalis|chawalis'], [45, 'paintalis|paintaalis'], [46, 'chhiyalis|chiyalis|chhiyaalis'], [47, 'saintalis|saintaalis'], [48, 'adtalis|artalis|adtaalis'], [49, 'unchas|unchaas'],
  [50, 'pachaas|pachas'], [51, 'ikyavan|ikyawan'], [52, 'baavan|bawan|baawan'], [53, 'tirpan|trepan'], [54, 'chauvan|chauwan'], [55, 'pachpan'], [56, 'chhappan|chappan'], [57, 'sattavan|sattawan'], [58, 'atthavan|athawan|atthawan'], [59, 'unsath|unsaath'],
  [60, 'saath|sath'], [61, 'iksath|iksaath'], [62, 'baasath|basath'], [63, 'tirsath'], [64, 'chausath|chaunsath'], [65, 'painsath'], [66, 'chhiyasath|chiyasath'], [67, 'sarsath'], [68, 'adsath|arsath'], [69, 'unhattar'],
  [70, 'sattar|sattur'], [71, 'ikhattar'], [72, 'bahattar'], [73, 'tihattar'], [74, 'chauhattar'], [75, 'pachhattar|pachattar'], [76, 'chhihattar'], [77, 'satattar'], [78, 'athhattar'], [79, 'unasi'],
] as [number, string][]);
const HUNDREDS_HI: [number, string][] = [[1, 'ek|1'], [2, 'do|2'], [3, 'teen|3']];
// "do sau chaalis" 240, "2 sau 31" 231, "do sau" 200
const HINDI_SCORES: [string, string][] = HUNDREDS_HI.flatMap(([h, hw]): [string, string][] => [
  ...HINDI_TENS.map(([n, w]): [string, string] => [`(?:${hw}) sau (?:${w})`, String(h * 100 + n)]),
  [`(?:${hw}) sau (\\d\\d)`, `${h}$1`], [`(?:${hw}) sau (\\d)`, `${h}0$1`], [`(?:${hw}) sau`, String(h * 100)],
]);

// Hindi-Urdu numbers with a fraction, said before the number they change: "dedh" 1.5, "dhai" 2.5, "saadhe teen" 3.5,
// "sawa do" 2.25, "paune do" 1.75, "aadha saal" half a year; a length followed by "pehle" is a time ago, not a length
const HINDI_NUMBERS: [string, number][] = [['ek', 1], ['do', 2], ['teen', 3], ['char|chaar', 4], ['paanch|panch', 5], ['chhe|cheh|chhah', 6], ['saat', 7], ['aath', 8], ['nau', 9], ['das', 10]];
const COUNT_WORD = `\\d+(?:\\.\\d+)?|${HINDI_NUMBERS.map(([w]) => w).join('|')}`;
const HINDI_FRACTIONS: [string, string][] = [
  ...HINDI_NUMBERS.flatMap(([w, n]): [string, string][] => [
    [`(?:saadhe|sadhe|saade|sade|sarhe|saarhe) (?:${w}|${n})`, `${n + 0.5}`],
    [`(?:sawa|sava) (?:${w}|${n})`, `${n + 0.25}`],
    [`(?:paune|pone) (?:${w}|${n})`, `${n - 0.25}`],
  ]),
  ['dedh|derh|dedhh|dhedh|dhed', '1.5'], ['dhai|dhaai|dhaee|adhai|arhai|adhaai', '2.5'],
  ['(?:aadha|adha|aadhe|adhe) (?:saal|sal)', 'half a year'], ['(?:aadha|adha|aadhe|adhe) (?:mahina|mahine)', 'half a month'],
  [`(${COUNT_WORD}) (?:saal|sal)(?= (?:pehle|pahle|pehele))`, '$1 years'],
  [`(${COUNT_WORD}) (?:hafte|hafta|haftay)`, '$1 weeks'], 
  // ("1.5 saal full time research": the years of research; other years stay unread, "1 saal ki internship" is abroad)
  [`(\\d+(?:\\.\\d+)?) (?:saal|sal)(?=(?: [\\p{L}]+){0,4} research\\b)`, '$1 years'],
  [`(${COUNT_WORD}) (years|weeks|mahine|mahina) (?:pehle|pahle|pehele)`, '$1 $2 ago'],
];
const table = (rows: [string, string][]): Table => rows.map(([from, to]) => [new RegExp(`(?<![\\p{L}\\p{N}])(?:${from})(?![\\p{L}\\p{N}])`, 'gu'), to]);

// Longer phrases first; the targets are the English words the readers already know.
const TABLES: Record<Exclude<Lang, 'en'>, Table> = {
  es: table([
    // interviews told as a story (interview-story.ts): cancelled, declined, on a waitlist
    ['(?:de|desde) (?:ee\\.? ?uu\\.?|eeuu|estados unidos),? (?:ninguna|ninguno|cero)', 'none from the us'], ['(?:de|en) mi pais', 'from my country'],
    // ("este ciclo no apliqué, lo salté", "voy en el próximo"): this cycle skipped, the next one sought
    ['no (?:aplique|postule|me postule)', "didn't apply"], ['(?:me )?(?:lo )?salte', 'skipped it'], ['(?:voy|aplico|aplicare) (?:en )?el proximo(?: ciclo| ano)?', 'applying next cycle'],
    ['(?:me )?(?:cancelaron|cancelo|fue cancelada|cancelada)', 'cancelled'], ['(?:la |una )?(?:rechace|decline)', 'i declined'], ['(?:en )?(?:la )?lista de espera', 'on the waitlist'],
    // a paper still in process and one already in hand ("la green card está en trámite pero ya tengo el EAD en mano")
    ['(?:esta |sigue )?(?:todavia |aun )?en (?:proceso|tramite|revision)', 'still in process'], ['(?:ya )?(?:lo |la )?tengo en (?:la )?mano', 'i have in hand'], ['en (?:la )?mano', 'in hand'],
    ['(?:he|ha|hemos|has) vivido', 'lived'], ['vivimos', 'we live'], ['nos mudamos|nos fuimos a vivir', 'we moved'], ['(?:me )?(?:crio|criaron|crio)(?= )', 'raised me'], ['me (?:crie|criaron)', 'i grew up'], ['alla|alli', 'there'], ['(?:siguen|sigue) viviendo|todavia viven?|aun viven?', 'still live'], ['mis papas', 'my parents'], ['donde (?:vive|viven) ((?:mi|mis) \\p{L}+)', 'where $1 lives'], ['donde', 'where'], ['prefiero|preferiria', 'i prefer'],
    // ("mi consejero en la facultad dice que haga IM", "mi papá piensa que"): someone else's word, with its subject kept as "my ..."
    ['(?:mi|mis|el|la) ((?:\\p{L}+ ){0,4}?)(?:dice|dicen|dijo|dijeron|piensa|piensan|cree|creen|opina|opinan|recomienda|recomiendan|me recomendo|me dice|me dijo)(?: que)?(?![\\p{L}])', 'my $1says'],
    // ("familiar, y si no, interna de respaldo"): "if not" before a comma, read before the denial rows take its "no"
    ['(?:y )?si no(?=\\s*,)', 'and if not'],
    // ("interna de respaldo", "si no, interna"): internal medicine named short as a backup (not "soy interna", an intern)
    ['interna(?= (?:de|como) (?:respaldo|backup|reserva))|(?<=if not,? )interna', 'internal medicine'],
    ['obs:?(?= (?:no|yo|tengo|soy|ya|mi|nunca|solo)(?![\\p{L}]))', 'note:'],
    ['(?:espero|esperar|esperando)(?: hasta)? (?:al|el) proximo(?: ano| ciclo)?|(?:hasta|para) el proximo (?:ano|ciclo)', 'waiting for next year'], ['no aplico|no voy a aplicar|no me presento|no estoy aplicando|no (?:voy a )?aplicar', 'not applying'], ['(?:todavia |aun )?no (?:he decidido|decido|lo tengo claro)(?: todavia| aun)?', "haven't decided"], ['cual (?:va |ira )?primero', 'which comes first'], ['igual que|lo mismo que|(?:lo )?mismo que', 'same as'], ['([\\w-]+) nadie (?:me )?(?:lo |la )?(?:patrocina|ofrece|da)', 'no $1'], ['nadie', 'nobody'], ['mis amigos|mis amigas', 'my friends'], ['mi amigo|mi amiga', 'my friend'], ['mi companero|mi companera|mi colega', 'my colleague'], ['hizo', 'did'], ['no necesito', "i don't need"], ['(?:de )?investigacion', 'research'], ['(?:a |de )?tiempo completo|a tiempo full', 'full time'], ['(?:a |de )?(?:medio tiempo|tiempo parcial)', 'part time'], ['articulos? publicados?', 'publications'], ['articulos?', 'papers'],
    ['(?:como|de) (?:respaldo|backup|plan b) familiar', 'as backup family medicine'], ['familiar (?:como|de) (?:respaldo|backup|plan b)', 'family medicine as backup'],
    ['vinculos?|lazos?|conexion(?:es)?', 'ties'], ['ni (\\p{L}+)', 'no $1'], ['(?:ya )?(?:mande|envie|subi) (?:todo|todas? (?:las |mis )?(?:aplicaciones|solicitudes)|mis aplicaciones|la aplicacion|mi aplicacion)', 'submitted my applications'], ['este ciclo', 'this cycle'],
    ['(?:ya )?(?:estoy|soy) certificad[oa]|ya tengo (?:el |mi )?certificado', "i'm certified"], ['certificad[oa]', 'certified'],
    ['ciudadan[oa] (?:american[oa]|estadounidense|de (?:los )?(?:eeuu|estados unidos|usa))|ciudadania (?:americana|estadounidense)', 'us citizen'], ['naci en', 'i was born in'], ['me graduo|me recibo|me voy a graduar|me gradue en', 'i graduate'], ['soy ciudadan[oa]', "i'm a citizen"], ['ciudadan[oa]', 'citizen'], ['residente permanente', 'permanent resident'],
    ['(?:ya )?(?:mande|envie|subi|aplique (?:por|en|a traves de)) (?:el |mi )?eras', 'submitted eras'], ['llevo', 'i have'], ['(?:estoy )?(?:en )?(?:la )?(?:fase|etapa) de (?:las )?entrevistas?', 'interviewing'], ['invitaciones|invitacion', 'invites'], ['(?:ya )?(?:estoy )?en (?:las )?entrevistas', 'interviewing'], ['entrevistas', 'interviews'], ['hasta ahora|hasta el momento', 'so far'], ['entrevistas', 'interviews'], ['entrevista', 'interview'],
    ['hasta ahora|por ahora|de momento|hasta el momento', 'yet'], ['cero', 'zero'], ['nada de|sin', 'no'], ['experiencia', 'experience'], ['septiembre|setiembre', 'september'], ['octubre', 'october'], ['agosto', 'august'], ['noviembre', 'november'],
    ['(?:,? )?(?:y )?si no (?:se da|funciona|sale|resulta|me va bien|puedo)(?: ?,)?', ' if it does not work out, '], ['o si no|si no', 'if not'],
    ['hace (\\p{L}+|\\d+) (anos|ano|meses|mes)', '$1 $2 ago'], ['el ano pasado|ano pasado', 'last year'], ['el mes pasado|mes pasado', 'last month'], ['el proximo ano|el ano que viene|proximo ano', 'next year'],
    ['este ano', 'this year'], ['desde (?:el |hace )?', 'since '], ['residencia permanente', 'permanent residence'], ['estoy reaplicando|reaplicando|volviendo a aplicar|aplicando de nuevo|aplico de nuevo', 'reapplying'], ['estoy aplicando|aplicando', 'applying'],
    // ("no lo he tomado todavia", "aun no la he presentado": the exam not taken yet; "lo"/"la" stands for the exam)
    ['preparandome|me estoy preparando|estoy preparando|preparando', 'preparing'], ['experiencia clinica', 'clinical experience'], ['(?:todavia |aun )?no (?:lo |la )?he (?:tomado|presentado|hecho|dado)(?: (?:todavia|aun))?', 'not taken yet'], ['(?:todavia|aun) no tengo', "still i don't have"], ['todavia no|aun no', 'not yet'], ['no tengo', "i don't have"], ['porfa|por favor', ''], ['solo|solamente|nada mas', 'only'], ['estoy', "i'm"],
    ['doscientos', 'two hundred'], ['trescientos', 'three hundred'], ['cien|ciento', 'one hundred'], ['veinti(uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)', 'veinte y $1'], ['veinte', 'twenty'], ['treinta', 'thirty'], ['cuarenta', 'forty'], ['cincuenta', 'fifty'], ['sesenta', 'sixty'],
    ['setenta', 'seventy'], ['ochenta', 'eighty'], ['noventa', 'ninety'], ['siete', 'seven'], ['ocho', 'eight'], ['nueve', 'nine'], ['diez', 'ten'], ['uno', 'one'], ['dos', 'two'], ['tres', 'three'], ['cuatro', 'four'], ['cinco', 'five'], ['seis', 'six'],
    ['como respaldo|como plan b|de respaldo|como backup|de backup', 'as backup'],
    // a job held, not training ("trabajé 3 años de asistente médico", "he trabajado como escriba"): read as the English the job reader knows
    ['(?:yo )?(?:trabaje|he trabajado|trabajaba|estuve trabajando)((?: (?:\\d+|un|una|dos|tres|cuatro|cinco|seis))? (?:anos|ano|meses|mes))? (?:como|de)', 'i worked$1 as'], ['asistente medic[oa]|asistente de medico', 'medical assistant'], ['(?:medic[oa] )?(?:internista|especialista|cirujan[oa]|pediatra|psiquiatra|anestesiologo|radiologo|ginecolog[oa]) (?:certificad[oa]|titulad[oa]|certified)', 'certified specialist'], ['escriba medic[oa]|escriba', 'scribe'],
    ['medicina interna', 'internal medicine'], ['medicina familiar|medicina de familia', 'family medicine'], ['psiquiatria', 'psychiatry'],
    // ("medicina familiar o interna", "interna o familiar": the second named by its adjective alone)
    ['(?<=medicine (?:o|y|u|e) )interna', 'internal medicine'], ['(?<=medicine (?:o|y|u|e) )familiar', 'family medicine'],
    ['pediatria', 'pediatrics'], ['cirugia general|cirugia', 'general surgery'], ['neurologia', 'neurology'], ['ginecologia y obstetricia|obstetricia y ginecologia|ginecobstetricia|ginecologia|gineco(?:logia)?|obstetricia', 'obgyn'],
    ['medicina de emergencia|urgencias', 'emergency medicine'],
    ['me gradue|me recibi', 'i graduated'],
    ['(?:soy |estoy )?(?:graduad[oa]|egresad[oa]|recibid[oa]|titulad[oa])', 'graduated'],
    // a status and its work permit ("tengo asilo aprobado y permiso de trabajo", "el permiso de trabajo todavia no llega")
    // an exam sat and its result awaited ("ya presente el step 3, estoy esperando el resultado", "el step 3 ya lo di")
    ['(?:estoy )?(?:esperando|aguardando) (?:el |mi |los |mis )?(?:resultados?|score|puntaje|nota)', 'waiting for the result'], ['(?:el |mi )?(?:resultado|puntaje|nota) (?:sale|llega|viene|lo dan) (?:en|el)', 'result due in'],
    ['(?:ya )?(?:presente|di|tome|hice|rendi)(?: el| mi)? (?=step|ck|usmle|examen|oet)', 'took '], ['(step ?[123]|step[123]|ck|oet|examen) ya (?:lo |la )?(?:presente|di|tome|hice|rendi)', 'took $1'],
    ['asilo (?:politico )?(?:aprobado|concedido|otorgado)|(?:me )?(?:aprobaron|concedieron|dieron) (?:el )?asilo', 'asylum granted'], ['asilo', 'asylum'],
    ['(?:el |un |mi )?(?:permiso|autorizacion) (?:de|para) trabajo|(?:el |un |mi )?(?:permiso|autorizacion) para trabajar', 'work permit'],
    ['(?:(?:todavia |aun )?no|not yet) (?:me )?(?:llega|ha llegado|llego|tengo)(?: todavia| aun)?', 'not yet in hand'], ['pendiente', 'pending'],
    ['aprobe|pase|aprobado|aprobada', 'passed'], ['(?:lo |la )?(?:vuelvo a (?:dar|presentar|tomar|rendir)(?:lo|la)?|voy a (?:repetir(?:lo|la)?|volver a (?:dar|presentar|tomar|rendir)(?:lo|la)?))', 'will retake'], ['reprobe', 'failed'], ['al primer intento|en el primer intento|a la primera|primer intento', 'first attempt'],
    ['segundo intento', 'second attempt'], ['tercer intento', 'third attempt'],
    ['todavia no|aun no', 'not yet'], ['no he tomado', 'not taken'], ['he tomado|tome', 'took'],
    ['(?:la |mi )?segunda vez', 'second time'], ['(?:la |mi )?tercera vez', 'third time'], ['(?:la |mi )?primera vez', 'first time'], ['no (?:hice|hicimos|logre|pude hacer|quede en el|quede en) match|no matchee', "didn't match"],
    ['(?:voy a )?volver a aplicar|vuelvo a aplicar|aplic(?:o|ando|are) (?:otra vez|de nuevo)', 'reapplying'],
    // "para aplicar el proximo ano", "voy a aplicar en 2027": applying (after every phrase of not applying or applying again)
    ['(?:voy a |quiero |pienso )aplicar|aplicare', 'will apply'], ['para aplicar', 'to apply'], ['aplicar|aplico', 'apply'],
    ['(?:un )?mes y medio', '6 weeks'], ['(?:un )?ano y medio', '18 months'], ['y medio|y media', 'and a half'], ['medio ano', 'half a year'], ['un mes', '1 month'],
    ['lo planeo para|lo tomo en', 'planned for'], ['espero (?:sacar|tener|obtener|lograr)?(?: como| unos| alrededor de| mas o menos)?', 'hoping for'], ['(?:lo |la )?(?:presento|doy|tomo|hago) (?:en|el)', 'exam is in'],
    ['(?:lo |la )?tengo (?:programado|agendado|reservado)|(?:esta )?(?:programado|agendado)', 'scheduled'], ['voy a (?:dar|presentar|tomar|hacer)', 'will take'],
    ['enero', 'january'], ['febrero', 'february'], ['marzo', 'march'], ['abril', 'april'], ['mayo', 'may'], ['junio', 'june'], ['julio', 'july'], ['diciembre', 'december'], ['internado rotatorio', 'internship abroad'], ['rotaciones', 'rotations'], ['rotacion', 'rotation'],
    ['publicaciones', 'publications'], ['publicacion', 'publication'], ['posteres|posters|poster|carteles|cartel', 'posters'], ['cartas de recomendacion|cartas', 'letters'],
    ['meses', 'months'], ['mes', 'month'], ['anos', 'years'], ['ano', 'year'], ['semanas', 'weeks'],
    // ("la J-1 no me sirve", "H1B no sirve para mí"): a visa said not to work for the applicant is ruled out
    ['no (?:me )?sirve(?: (?:para|pa) (?:mi|nosotros))?', 'is not an option for me'],
    ['de preferencia|preferiblemente|preferentemente|idealmente', 'preferably'], ['cualquier(?:a)? visa', 'any visa'], ['me sirve|me sirven|me vale', 'is fine'],
    ['anestesiologia|anestesia', 'anesthesiology'], ['radiologia', 'radiology'], ['cardiologia', 'cardiology'], ['dermatologia', 'dermatology'],
    ['sur de california', 'southern california'], ['(?:en )?(?:el|todo el|este) estado', 'in the state'], ['algo de', 'algo'], ['sobre todo|especialmente', 'mainly'], ['quedarme en', 'stay in'], ['cualquier (?:lugar|parte|sitio) (?:del|de este|en el|en este|en todo el) estado', 'anywhere in the state'], ['cualquier (?:lugar|parte|sitio) (?:de|en) (?:los )?(?:ee\\.? ?uu\\.?|eeuu|estados unidos|usa)', 'anywhere in the us'], ['cualquier (?:lugar|parte|sitio)|donde sea', 'anywhere'], ['no importa|(?:me )?(?:da|es) igual', "doesn't matter"],
    // ("no tengo otra opcion", "para Estados Unidos necesitaria visa")
    ['otra opcion|otras opciones', 'other option'], ['necesitaria|necesitariamos', 'would need'], ['programas', 'programs'], ['programa', 'program'],
    ['mi (?:lengua materna|idioma materno|idioma nativo|lengua nativa)', 'my mother tongue'], ['espanol', 'spanish'], ['ingles', 'english'], ['nativo|nativa|lengua materna', 'native'], ['portugues', 'portuguese'], ['frances', 'french'], ['arabe', 'arabic'], ['fluido|con fluidez|fluidamente', 'fluent'],
    ['mi mama|mi madre', 'my mom'], ['mi papa|mi padre', 'my dad'], ['quiere que haga|quiere que estudie', 'wants me to do'], ['quiere', 'wants'],
    ['mi tia|mi tio|mis tios|mis padres|mi familia|mi hermano|mi hermana|mis hermanos|mi prim[oa]|mis prim[oa]s|mi abuel[oa]|mis abuel[oa]s|mis parientes|mis familiares', 'my family'],
    // ("familia en LA", "creci en boyle heights", "mi familia esta aqui": family and a childhood in the region are ties)
    ["(?<!(?:no (?:tengo|hay)|don't have|do not have|dont have|not have|no) )(?:tengo )?familia(?:res)?", 'family'], ['prim[oa]s?|parientes', 'cousin'], ['(?:yo )?(?:creci|me crie)', 'i grew up'], ['(?:esta|estan) aqui', 'is here'], ['aqui', 'here'], ['vive|viven', 'lives'], ['vivo', 'i live'], ['nunca vivi', 'i never lived'], ['nunca', 'never'], ['vivi', 'i lived'],
    // ("cualquier parte de California menos el IE"): "menos" before a place is an exception (never "más o menos", "menos de 3")
    ['mas o menos', 'about'], ['(?:todo|todos lados|cualquier lado|donde sea)(?= (?:menos|excepto|salvo) )', 'anywhere'], ['menos(?! (?:de|del|que|mal|\\d))|excepto|salvo(?= (?:el|la|los|las) )', 'except'],
    ['nueva york', 'new york'], ['ee\\.? ?uu\\.?|eeuu|estados unidos|usa', 'us'], ['quiero', 'i want'], ['tengo', 'i have'], ['hice', 'i did'], ['no (?:lo |la )?hablo', "i don't speak it"], ['(?:lo |la )?entiendo', 'i understand'], ['hablo', 'i speak'], ['necesito', 'i need'],
    ['saque|obtuve|tuve', 'got'], ['soy de', 'i am from'], ['img de|imgs de|medico de|medica de', 'img from'], ['soy', 'i am'], ['mi esposo|mi marido', 'my husband'], ['mi esposa|mi mujer', 'my wife'], ['mi novio', 'my boyfriend'], ['mi novia', 'my girlfriend'], ['mi pareja', 'my partner'], ['tiene|saco|obtuvo|sacó', 'got'], ['porque', 'because'], ['ya esta aqui con|esta aqui con', 'is here on'],
    ['porque|ya que', 'because'], ['solter[oa]', 'single'], ['nada', 'none'], ['ninguno|ninguna', 'no'], ['si(?= (?:es|son|fuera|sea|era|me|lo|la|hay|tengo|puedo|no) )', 'if'], ['si', 'yes'], ['pero', 'but'], ['y', 'and'], ['e', 'and'], ['o', 'or'], ['en', 'in'], ['un|una|uno', '1'], ['dos', '2'], ['tres', '3'], ['cuatro', '4'], ['cinco', '5'], ['seis', '6'],
    ['los angeles', 'los angeles'], ['para (us|visa|residency)', 'for $1'], ['con ella', 'with her'], ['con ellos|con ellas', 'with them'], ['cuando (?:yo )?era (?:nino|nina|chico|chica|pequeno|pequena|nene|nena)', 'as a kid'], ['yo', 'i'], ['el|los(?! angeles)|las|del|lo|obvio|mi|mis|la(?= \\p{L})', ''], ['de', 'of'], ['todavia|aun', 'yet'],
  ]),
  pt: table([
    // interviews told as a story (interview-story.ts): one more scheduled, cancelled, declined, on a waitlist
    // ("dos EUA, nenhuma": from the US, none)
    ['(?:dos|nos|do) (?:eua|estados unidos),? (?:nenhuma|nenhum|zero)', 'none from the us'], ['(?:do|no) meu pais', 'from my country'],
    ['mais (?:uma|1) (?:marcada|agendada|marcado|agendado)', '1 more scheduled'], ['mais (\\d+) (?:marcadas|agendadas|marcados|agendados)', '$1 more scheduled'], ['(?:me )?(?:cancelaram|cancelou|foi cancelada|cancelada)', 'cancelled'], ['recusei', 'i declined'], ['(?:na )?lista de espera', 'on the waitlist'],
    // a paper still in process and one already in hand ("o green card ainda está em processo, mas já tenho o EAD em mãos")
    ['(?:esta |segue )?(?:ainda )?em (?:processo|andamento|tramite|analise)', 'still in process'], ['(?:ja )?tenho (?:o |a )?(\\p{L}+) em maos', 'i have $1 in hand'], ['em maos|na mao', 'in hand'],
    // ("meu orientador diz que eu deveria fazer cirurgia", "minha mãe acha que"): someone else's word, subject kept as "my ..."
    ['(?:meu|minha|meus|minhas|o|a) ((?:\\p{L}+ ){0,4}?)(?:diz|dizem|disse|disseram|acha|acham|recomenda|recomendam|recomendou|me falou|falou|me disse)(?: que)?(?![\\p{L}])', 'my $1says'],
    // ("LA ou San Diego, onde mora meu irmão": the English order, so the clause reads as one about the place just named)
    ['onde (?:mora|moram|vive|vivem) ((?:meu|minha|meus|minhas) \\p{L}+)', 'where $1 lives'], ['onde', 'where'], ['de preferencia|preferencialmente', 'preferably'], ['prefiro|preferiria', 'i prefer'],
    ['obs:?(?= (?:nao|eu|tenho|sou|ja|meu|minha|nunca|so)(?![\\p{L}]))', 'note:'], ['(?:eu )?(?:ainda )?nao tenho', "i don't have"],
    ['(?:sou |um |uma )?reaplicante', 'reapplicant'], ['nao (?:dei|deu|demos) match|nao (?:passei|entrei|consegui)(?: (?:no|o))? match', "didn't match"], ['(?:dei|deu|demos) match', 'matched'],
    ['(?:continuam|continua|ainda) (?:morando|moram|mora|vivendo|vivem|vive)', 'still live'], ['(?:de |da )?pesquisas?', 'research'], ['(?:em |de )?(?:tempo integral|dedicacao exclusiva)', 'full time'], ['(?:em |de )?(?:meio periodo|tempo parcial)', 'part time'], ['(?:1 |uma )?iniciacao cientifica', 'research during med school'], ['artigos? publicados?', 'publications'], ['nao vou aplicar|nao vou me candidatar|nao (?:estou )?aplicando|nao aplico', 'not applying'], ['igual (?:ao|a|que)|(?:o )?mesmo que', 'same as'], ['([\\w-]+) ninguem (?:me )?(?:patrocina|oferece|da)', 'not $1'], ['ninguem', 'nobody'], ['meu amigo|minha amiga|meus amigos', 'my friend'], ['meu colega|minha colega', 'my colleague'], ['(?:ela) (?:e|eh)(?= )', 'she is'], ['(?:ele) (?:e|eh)(?= )', 'he is'], ['ela', 'she'], ['ele', 'he'], ['tambem', 'also'], ['precisa(?: de)?', 'needs'], ['dos eua|dos estados unidos', 'us'],
    ['(?:nem|nao) (?:pretendo|planejo|penso em)(?: (?:fazer|prestar))?', 'not planning to take'], ['(?:ainda )?nao (?:decidi|escolhi)(?: ainda)?', "haven't decided"], ['qual (?:vem|fica|vai) (?:primeiro|em primeiro)|qual primeiro', 'which comes first'], ['vinculos?|lacos?|conexao|conexoes|ligacao', 'ties'], ['nem (\\p{L}+)', 'nor $1'], ['(?:ja )?(?:mandei|enviei|submeti) (?:tudo|todas? (?:as |minhas )?aplicacoes|minha aplicacao)', 'submitted my applications'], ['este ciclo|esse ciclo|neste ciclo', 'this cycle'],
    ['em primeiro lugar|primeiro', 'first'], ['(?:ja )?sou certificad[oa]|ja tenho (?:o |meu )?certificado', "i'm certified"], ['certificad[oa]', 'certified'], ['pelo|pela', 'by'],
    ['(?:,? )?(?:e |ou )?se nao (?:der|rolar|funcionar|conseguir|der certo|passar)(?: certo)?(?: ?,)?', ' if it does not work out, '], ['senao|se nao', 'if not'],
    ['asilo (?:politico )?(?:aprovado|concedido)|(?:me )?(?:aprovaram|concederam|deram) (?:o )?asilo', 'asylum granted'], ['asilo', 'asylum'],
    ['(?:a |uma |minha )?(?:autorizacao|permissao) (?:de|para) trabalh(?:o|ar)', 'work permit'],
    ['(?:ainda )?nao (?:chegou|veio|tenho)(?: ainda)?', 'not yet in hand'], ['pendente', 'pending'],
    ['(?:estou )?(?:na )?(?:fase|etapa) de entrevistas?', 'interviewing'], ['convites?', 'invites'], ['(?:ja )?(?:estou )?(?:nas|em) entrevistas', 'interviewing'], ['entrevistas', 'interviews'], ['ate agora|ate o momento', 'so far'], ['experiencia clinica|experiencia', 'clinical experience'], ['sem', 'without'], ['publicacoes|publicacao', 'publications'], ['(?:ja )?(?:mandei|enviei|submeti) (?:o |meu )?eras', 'submitted eras'], ['ate agora|por enquanto|ate o momento', 'yet'],
    ['(?:ha|faz) (\\p{L}+|\\d+) (anos|ano|meses|mes)', '$1 $2 ago'], ['(?:o )?ano passado', 'last year'], ['(?:o )?mes passado', 'last month'], ['(?:o )?ano que vem|(?:o )?proximo ano', 'next year'], ['este ano|esse ano', 'this year'],
    ['estou me preparando|me preparando|estou preparando|preparando', 'preparing'], ['aplicando de novo|reaplicando|aplicar de novo', 'reapplying'], ['aplico|vou aplicar', 'apply'], ['estou aplicando|aplicando', 'applying'],
    ['esperando o resultado|esperando resultado|aguardando o resultado|aguardando resultado', 'waiting for the result'], ['fiz (?:o |a )?(?=step|ck|exame|prova)', 'took '], ['ainda', 'still'], ['estou', "i'm"],
    ['duzentos', 'two hundred'], ['trezentos', 'three hundred'], ['cem|cento', 'one hundred'], ['vinte', 'twenty'], ['trinta', 'thirty'], ['quarenta', 'forty'], ['cinquenta', 'fifty'], ['sessenta', 'sixty'],
    ['setenta', 'seventy'], ['oitenta', 'eighty'], ['noventa', 'ninety'], ['sete', 'seven'], ['oito', 'eight'], ['nove', 'nine'], ['seis', 'six'], ['dez', 'ten'], ['dois|duas', 'two'], ['tres', 'three'], ['quatro', 'four'], ['cinco', 'five'],
    ['como backup|como plano b|de backup', 'as backup'], ['medicina interna|clinica medica', 'internal medicine'], ['medicina de familia e comunidade|'+'medicina de familia|medicina familiar', 'family medicine'], ['com certeza', 'definitely'],
    ['psiquiatria', 'psychiatry'], ['pediatria', 'pediatrics'], ['cirurgia geral|cirurgia', 'general surgery'], ['neurologia', 'neurology'], ['ginecologia e obstetricia|obstetricia e ginecologia|ginecologia|obstetricia|\\bgo\\b', 'obgyn'],
    // (an exam still ahead, "pretendo fazer em março", "tô pensando em fazer": planned, read before "fazer" becomes "do")
    ["(?:pretendo|planejo|penso em|(?:(?:estou|i'm|to|ta) )?pensando em) (?:fazer|prestar)", 'planning to take it'], ['fazer', 'do'],
    ['medicina de emergencia', 'emergency medicine'],
    ['me formo|vou me formar|me formarei', 'i graduate'], ['no fim do|no final do', 'at the end of'], ['me formei', 'i graduated'], ['formei', 'graduated'], ['(?:sou |estou )?(?:formad[oa]|graduad[oa])', 'graduated'], ['passei', 'passed'], ['reprovei', 'failed'], ['vou (?:refazer|repetir|fazer de novo|prestar de novo)', 'will retake'], ['refiz|refez|refazer|refaco', 'retaken'],
    // "quero IM ou psiquiatria, mais IM": "mais" before the last word of a sentence is the one preferred
    ['mais(?= \\p{L}+\\s*$)', 'mostly'], ['de primeira|na primeira|primeira tentativa', 'first attempt'],
    ['(?:a |minha )?segunda vez', 'second time'], ['(?:a |minha )?terceira vez', 'third time'], ['(?:a |minha )?primeira vez', 'first time'],
    ['(?:um )?mes e meio', '6 weeks'], ['(?:um )?ano e meio', '18 months'], ['e meio|e meia', 'and a half'], ['meio ano', 'half a year'], ['um mes', '1 month'],
    ['segunda tentativa', 'second attempt'], ['espero (?:tirar|ter|conseguir|fazer)?(?: uns| cerca de| tipo| mais ou menos)?', 'hoping for'], ['(?:ta|esta|ja ta|ja esta) (?:marcado|agendado) (?:pra|para)|marcado (?:pra|para)', 'scheduled for'],
    ['(?:pretendo|planejo|penso em) (?:fazer|prestar)', 'planning to take'], ['pretendo|planejo', 'planning to'], ['(?:no )?proximo ciclo', 'next cycle'], ['(?:agora |por agora )?(?:so |somente |apenas )?estudando', 'now only studying'], ['vou fazer', 'will take'], ['janeiro', 'january'], ['fevereiro', 'february'], ['marco', 'march'], ['abril', 'april'], ['maio', 'may'], ['junho', 'june'], ['julho', 'july'], ['dezembro', 'december'], ['ainda nao fiz|ainda nao', 'not yet'], ['nao fiz', 'not taken'], ['estagio observacional|observacao', 'observership'], ['estagios|estagio', 'rotation'],
    ['artigos publicados|publicacoes', 'publications'], ['artigos|artigo', 'papers'], ['posteres|poster', 'posters'], ['cartas de recomendacao|cartas', 'letters'],
    // ("J-1 não serve pra mim", "o H1B não me serve"): a visa said not to work for the applicant is ruled out
    ['nao (?:me )?serve(?: (?:pra|para) (?:mim|nos|a gente))?', 'is not an option for me'],
    ['meses', 'months'], ['mes', 'month'], ['anos', 'years'], ['ano', 'year'], ['semanas', 'weeks'], ['sul da california|sul de california', 'southern california'], ['qualquer visto', 'any visa'], ['(?:me )?serve|tanto faz|ta bom|esta bom', 'is fine'],
    ['anestesiologia|anestesia', 'anesthesiology'], ['radiologia', 'radiology'], ['cardiologia', 'cardiology'], ['dermatologia', 'dermatology'],
    ['nunca morei', 'i never lived'], ['nunca', 'never'], ['morei', 'i lived'], ['moramos|vivemos', 'we live'], ['nos mudamos|mudamos', 'we moved'], ['moro|vivo', 'i live'], ['moram|mora', 'lives'], ['quando (?:eu )?era crianca|quando crianca', 'as a kid'], ['qualquer (?:lugar|parte|canto) (?:la|ali|nela|dela|dentro)', 'anywhere there'], ['qualquer (?:lugar|parte|canto) (?:da|na|em|no|do|de)', 'anywhere in'], ['(?:no|em todo o|neste|nesse) estado', 'in the state'], ['mais ou menos', 'more or less'], ['um pouco de', 'a little'], ['qualquer (?:lugar|parte|canto)', 'anywhere'], ['outra opcao|outras opcoes', 'other option'], ['precisaria(?: de)?', 'would need'], ['programas', 'programs'], ['programa', 'program'], ['entao', 'so'], ['desde', 'since'], ['(?:todas|todos) (?:de|da|do)', 'all from'], ['todas|todos', 'all'], ['clinicas|clinica', 'clinical'], ['americanas|americanos', 'us'], ['mandei|enviei|submeti', 'submitted'], ['entrevistas', 'interviews'], ['entrevista', 'interview'], ['cidada americana|cidadao americano|cidadania (?:americana|dos eua|dos estados unidos|estadunidense)', 'us citizen'], ['nasci', 'i was born'], ['cresci', 'i grew up'], ['(?<=medicine (?:ou|e) )familia(?:r)?', 'family medicine'], ['(?<=medicine (?:ou|e) )interna', 'internal medicine'], ['(?:tenho )?familia(?:res)?|parentes', 'family'], ['prim[oa]s?', 'cousin'],
    ['portugues', 'portuguese'], ['ingles', 'english'], ['espanhol', 'spanish'], ['(?:minha|a minha) (?:lingua materna|lingua nativa)|(?:meu|o meu) idioma (?:materno|nativo)', 'my mother tongue'], ['nativo|nativa|lingua materna', 'native'], ['frances', 'french'], ['fluente', 'fluent'], ['eua|estados unidos', 'us'],
    ['meu irmao|minha irma|meus irmaos|minhas irmas|meus tios|minha tia|meu tio|minha familia|meus primos|meu primo|minha prima|meus avos', 'my family'], ['minha mae', 'my mom'],
 ['meu pai', 'my dad'], ['meus pais', 'my parents'], ['quer que eu faca', 'wants me to do'], ['quer', 'wants'], ['eu quero', 'i want'],
    ['quero', 'i want'], ['tenho', 'i have'], ['fiz', 'i did'], ['nao (?:o |a )?falo', "i don't speak it"], ['(?:eu )?(?:o |a )?entendo', 'i understand'], ['falo', 'i speak'], ['preciso de|preciso', 'i need'],
    ['meu marido|meu esposo', 'my husband'], ['minha esposa|minha mulher', 'my wife'], ['meu namorado', 'my boyfriend'], ['minha namorada', 'my girlfriend'], ['tirei', 'got'], ['tirou|conseguiu', 'got'], ['eu', 'i'], ['vou precisar de|vou precisar', 'i will need'], ['visto', 'visa'],
    // ("qualquer lugar da California menos SD", "tudo exceto o IE"): an exception before a place (never "mais ou menos", "menos de 3")
    ['(?:tudo|qualquer lugar|qualquer canto)(?= (?:menos|exceto) )', 'anywhere'], ['menos(?! (?:de|do|da|que|\\d))|exceto', 'except'],
    ['nenhum de|nenhuma de|nenhum da|nenhuma da|nenhum do|nenhuma do', 'none from'], ['nenhum|nenhuma', 'zero'], ['porque|pq', 'because'], ['solteir[oa]', 'single'], ['nao', 'not'], ['sim', 'yes'], ['mas', 'but'], ['e', 'and'], ['ou', 'or'], ['em|no|na|nos|nas', 'in'], ['um|uma', '1'], ['dois|duas', '2'], ['tres', '3'], ['quatro', '4'], ['cinco', '5'],
    ['so|o|a|os|as|do|da|meu|minha|meus|minhas', ''], ['de', 'of'],
  ]),
  hi: table([
    // interviews told as a story (interview-story.ts): declined, cancelled, done and still ahead
    // ("step 1 teesri baar mein nikla": cleared; a result that came out is not)
    ['(?<!(?:result|results|score) )(?:nikal (?:gaya|gya|gayi|gyi)|nikla|nikli)', 'passed'],
    ['decline (?:kar (?:diya|di|dia|diye)|kiya|kia)', 'declined'], ['cancel (?:ho (?:gaya|gayi|gya|gyi)|kar (?:diya|di|dia)|kiya)', 'cancelled'],
    ['(\\d+|ek|do|teen|char) ho (?:chuke|chuki|chuka|gaye|gayi)(?: (?:hain|hai))?', '$1 done'], ['(\\d+|ek|do|teen) aur (?:baaki|baki) (?:hai|hain|he)', '$1 more left'],
    // ("mere PD kehte hain surgery karo", "papa bolte hain IM lo"): someone else's word
    ['(?:mere|meri|mera) ((?:\\p{L}+ ){0,3}?)(?:kehte|kehti|kehta|bolte|bolti|bolta) (?:hain|hai|the|thi)(?: ki| ke)?', 'my $1says'],
    // ("mere PI ne bola hai", "PD ne kaha ki"): what someone said; ("H4 EAD ke liye apply kiya hai"): applied for, not held
    ['(?:mere|meri|mera) ((?:\\p{L}+ ){0,3}?)ne (?:bola|boli|kaha|bataya|promise kiya)(?: hai| tha| thi)?(?: ki| ke)?', 'my $1says'], ['(\\p{L}+) ne (?:bola|boli|kaha|bataya)(?: hai| tha| thi)?(?: ki| ke)?', '$1 says'],
    ['((?:\\p{L}+ ){1,2}?)(?:ke|ki|k) liye apply (?:kiya hai|kiya|kar diya hai|kar diya|kia hai|kia|ki hai|kari hai)', 'applied for $1'], ['(?:kehte|kehti|kehta|bolte|bolti|bolta) (?:hain|hai)(?: ki| ke)?', 'says'],
    // "mere paas EAD hai" (I have), "mere bhai ke paas green card hai" (my brother has): whose the thing is
    ['(?:mere|meri|mera) (?:paas|pass|pas)', 'i have'], ['(?:hamare|humare) (?:paas|pass|pas)', 'we have'], ['(\\p{L}+) (?:ke|ki|k) (?:paas|pass|pas)', '$1 has'],
    ['(?:mujhe|mujhko) (\\p{L}+) chahiye (?:hoga|hogi|hogaa)', 'i will need a $1'],
    // a place before its postposition and the work done there ("Pakistan mein house job", "India mein internship"): the English order
    ['(\\p{L}+) (?:mein|me|main|mai) (house job|internship|residency|job|kaam|rotations?|observerships?|electives?)', '$2 in $1'],
    // a thing denied or not in hand yet, before the general rows read its verb ("EAD abhi tak nahi mila", "USCE nahi hai")
    ['(work permit|ead|permit|card|result|results|score)(?: (?:abhi|abhee|abi))?(?: tak)? (?:nahi|nahin|nai) (?:aaya|aya|aayi|aai|mila|mili)', '$1 not yet in hand'], ['((?:us |american )?(?:clinical )?(?:usce|research|pubs?|papers?|publications?|posters?|letters?|lors?|recs?|experience|observerships?|externships?|rotations?|interviews?|invites?|ties|family|rishtedar))(?: (?:bhi|to|toh))? (?:nahi|nahin|nai) (?:hai|he|h|hain|tha|thi|the)', 'no $1'], 
    // ("im h1b pe nahi hoon": a status denied after its name and postposition is not held, "not on h1b")
    ['(\\p{L}[\\p{L}\\d]*) (?:pe|par|pr) (?:nahi|nahin|nai) (?:hoon|hun|hu|hai|hain|tha|thi)', 'not on $1'],
    // ("warna 240+ pakka aata": otherwise, what did not happen; "pehla attempt tha", "dusri baar": which attempt)
    ['warna|varna|nahi to|nahin to', 'otherwise'], ['(?:pehla|pehli|pahla|pahli)(?= (?:attempt|try|koshish)\\b)', 'first'], ['(?:dusra|doosra|dusri|doosri)(?= (?:attempt|try|koshish)\\b)', 'second'],
    ...HINDI_SCORES,
    // "2027 mein apply karunga", "agle saal apply karungi": when the application will be
    ['(?:(?:mein|main|mai) )?((?:19|20)\\d\\d) (?:mein|me|main) apply (?:karunga|karungi|karenge|karoonga|karna hai|karni hai|karna)', 'i will apply in $1'], ['(?:agle|agli) (?:saal|sal|baar) apply (?:karunga|karungi|karenge|karoonga|karna hai|karni hai|karna)', 'will apply next year'],
    // "2020 se", "march 2021 se": a year followed by "se" is when something began (since), never a graduation
    ['((?:19|20)\\d\\d) (?:se|sey)', 'since $1'],
    ...HINDI_FRACTIONS,
    ['match (?:nahi|nahin|nai) (?:hua|hui|hota|mila|laga)', "didn't match"],
    ['(?:is|iss|es) (?:saal|sal)', 'this year'], ['agle (?:saal|sal)', 'next year'], ['apply (?:nahi|nahin|nai) (?:kar (?:raha|rahi|rahe|rha|rhi)(?: (?:hoon|hu|hun|hain|hai))?|karunga|karungi|karna)', 'not applying'], ['(?<!(?:dobara|dubara|phir se|fir se) )apply kar (?:raha|rahi|rahe|rha|rhi)(?: (?:hoon|hu|hun|hain|hai))?|(?<!(?:dobara|dubara|phir se|fir se) )apply (?:karunga|karungi)', 'applying'],
    ['na kabhi|na kabhie|kabhi (?:nahi|nahin|nai)', 'never'], ['(?:wagera|wagaira|vagera|vagaira|waghera|vaghaira|etc)\\b', ''], ['green card', 'greencard'], ['(?:par|pr|lekin|magar) (?:asli|asal|actual|real)', 'but the real'], ['asli|asal', 'real'], ['aaye|aye', 'got'], ['([\\w-]+)\\s+(?:kuch|kuchh) (?:bhi )?(?:nahi|nahin|nai)(?: (?:hai|he|tha|thi))?', 'no $1'], ['na koi (\\p{L}+) na (?:koi )?(\\p{L}+)', 'no $1 no $2'], ['na koi (\\p{L}+)', 'no $1'],
    ['([\\w-]+) bhi (?:nahi|nahin|nai)\\b(?: hai| he)?', 'no $1 either'],
    ['(?:aa|a|mil) (?:gaya|gayi|gya|gyi)', 'received'], ['pichle hafte|pichhle hafte|pichle week', 'last week'], ['pichle mahine|pichhle mahine', 'last month'],
    ['koi bhi ([\\w-]+) chal(?:ega|egi|ta hai|ti hai)', 'any $1 is fine'], ['(?:kahin|kahi) bhi (?:(?:chal(?:ega|egi|ta hai|ti hai)|theek hai|thik hai|ok hai) )?([\\p{L}]+) (?:mein|me)', 'anywhere in $1'],
    ['nahi toh|nahi to|nahin toh|warna|varna', 'otherwise'],
    // "H1 koi sponsor nahi karega", "H1B koi nahi dega": nobody gives that one
    ['([\\w-]+) koi (?:sponsor|offer|accept|support)? ?(?:nahi|nahin|nai) (?:karega|karegi|karenge|dega|degi|denge|dete|deta|milega|milegi)', 'no $1'], ['([\\w-]+) koi (?:nahi|nahin|nai)(?: (?:hai|he|tha|thi|mila|mili|kiya|ki))?', 'no $1'], ['(?:ek|koi) bhi ([\\w-]+) (?:nahi|nahin|nai)(?: (?:aaya|aya|aayi|mila|mili|hua|hui|hai|kiya|ki))?', 'zero $1'],
    ['na ([\\w-]+) na ([\\w-]+)', 'no $1 no $2'], ['(hands[ -]?on|[\\w-]+) (?:nahi|nahin|nai) (?:mila|mili|hua|hui|kiya|ki|kari|kara)', 'no $1'],
    ['abhi tak|ab tak', 'yet'], ['bhej diya|bhej di|submit kar diya|submit kiya|submit ho gaya', 'submitted'],
    ['([\\p{L}]+) (?:mein|me) (?:kahin|kahi) bhi(?: chalega)?', 'anywhere in $1'], ['pehli (?:baar|dafa|dafaa|martaba) (?:mein|me) pass', 'first attempt passed'], ['(\\p{L}+) (?:baar|dafa|dafaa|martaba) (?:mein|me) pass', '$1 attempt passed'], ['(?:do|2) (?:baar|dafa|dafaa|martaba)', 'twice'], ['(?:teen|3) (?:baar|dafa|dafaa|martaba)', 'three times'], ['teesri', 'third'], ['doosri|dusri', 'second'],
    ['(twice|three times) (?:diya|diye|di|likha|attempt kiya)', 'took it $1'], ['pehli (?:dafa|dafaa|martaba)', 'first attempt'], ['(?:pehli|pehle|first) (?:koshish|koshis|koshish mein|attempt mein)', 'first attempt'], ['(second|third) (?:koshish|koshis)', '$1 attempt'], ['koshish|koshis', 'attempt'], ['(second|third) (?:baar|dafa|dafaa|martaba)', '$1 attempt'],
    ['(?:sirf |bas )?([\\w-]+) (?:baaki|baki|bacha|bachi) (?:hai|he)?', 'only $1 left'],
    ['pichle saal|pichhle saal|last year', 'last year'], ['match nahi hua|match nahin hua', "didn't match"], ['dobara apply|phir se apply|dubara apply|fir se apply', 'reapplying'],
    ['kar raha hoon|kar rahi hoon|kar raha hu|kar rahi hu', ''], ['woh (\\p{L}+) mein hai', 'she is in $1'], ['(?:usko|use|unko) bhi ([\\p{L}\\p{N}]+) chahiye', 'she needs $1 too'], ['usko bhi|use bhi|unko bhi', 'she too'], ['sab', 'all'],
    ['do(?= (?:(?:us|american|clinical|research|im|fm|strong|achhe|acche) )?(?:lors?|letters?|recs?|saal|mahine|pubs?|posters?|papers?|attempts?|years|weeks|months))', '2'], ['dono|donon', 'both'], ['ek', '1'], ['teen', '3'], ['char|chaar', '4'], ['paanch|panch', '5'], ['chhe|cheh', '6'],
    // "J1 nahi lena", "psych nahi karna": not wanted ("mujhe sirf H1b chahiye, J1 nahi lena" is H-1B only)
    ['([\\w-]+) (?:nahi|nahin|nai) (?:lena|leni|chahiye|karna|karni|karunga|karungi|chalega|chalegi)(?: hai)?', 'no $1'], ['sirf|bas (?=\\p{L})', 'only'], ['([\\w-]+) hi (chahiye|karna|karni|lena|leni)', 'only $1 $2'], ['mujhe|mujhko', ''],
    ['([\\w-]+) (?:kuch|kuchh|bilkul) (?:bhi )?(?:nahi|nahin|nai)(?: (?:kiya|kia|hua|mila|tha|thi|hai))?', 'no $1'],     ['([\\w-]+) ka koi scene nahi', 'no $1'], ['koi ([\\w ]+?) nahi', 'no $1'], ['([\\w-]+) nahi (?:thi|tha|hai|the)', 'not $1'], ['abhi nahi diya|nahi diya|nahi di|(?:abhi )?diya (?:nahi|nahin)(?: hai| he)?', 'not taken yet'], ['(step ?[123]|step[123]|ck|oet|exam|usmle|paper)(?: (?:bhi|to|toh))? (?:de )?(?:diya|di|dediya)(?: (?:hai|he|h|tha|thi))?', '$1 took'], ['(?:result|results|score|nateeja|natija)(?: (?:ka|ke|ki))? (?:wait|intezaar|intezar|intazar|intajar)(?: (?:kar|kr))?(?: (?:raha|rahi|rahe|rha|rhi))?(?: (?:hoon|hun|hu|hai|he|h|hain))?', 'waiting for the result'], ['([\\w-]+) (?:nahi|nahin|nai)(?=\\s*(?:[,;.!)]|$))', 'not $1'],
    ['kahin bhi|kahi bhi', 'anywhere'], ['(?:pass|clear) (?:ho )?(?:gaya|gya|gayi|gyi)(?: (?:tha|thi|hai))?|pass kiya|pass hua|clear kiya|clear hua|clear kar liya', 'passed'], ['(?:dobara|dubara|phir se|fir se) (?:de dunga|de dungi|dunga|dungi|doonga|denge|dena hai|dena he)', 'will retake'], ['fail ho gaya|fail hua|fail kiya', 'failed'],
    ['pehli baar mein|pehli baar|pehli try|first try mein', 'first attempt'], ['dunga|dungi|doonga', 'will take'], ['mahine', 'months'], ['mahina', 'month'],
    ['mere mama|mere chacha|meri khala|mere rishtedar|meri family|mere parents', 'my family'], ['rehte hain|rehti hai|rehta hai', 'lives'],
    // ("LA mein bada hua", "yahin pala bada": a childhood in the region is a tie)
    ['(?:bada|badi|bade|pala bada|pali badi|pale bade) (?:hua|hui|hue|huya)(?: (?:hoon|hun|tha|thi|hai))?|(?:pala|pali) (?:bada|badi)', 'grew up'],
    ['(\\d+) (?:meri|mere) (wife|biwi|patni|husband|shohar|pati|partner|dost|friend) (?:ka|ki|ke)', "my $2's is $1"], ['(?:meri|mere) (wife|biwi|patni|husband|shohar|pati|partner) (?:ka|ki|ke)', "my $1's"], ['uska|uski|unka|unki|uske|unke', 'their'], ['mere bhai|mera bhai|my bhai', 'my brother'], ['meri behen|my behen', 'my sister'],
    ['kahin bhi chalega|kahi bhi chalega', 'anywhere'], ['bol nahi (?:pata|paati|sakta|sakti)(?: hoon)?|nahi bolta|nahi bolti', "don't speak it"], ['samajh (?:leta|leti|lete) (?:hoon|hun|hu)|samajhta (?:hoon|hun|hu)|samajhti (?:hoon|hun|hu)', 'understand'], ['bol leta hoon|bol leti hoon|bolta hoon|bolti hoon|bol sakta hoon', 'speak'], ['karna hai|karni hai', 'want'],
    ['rakhunga|rakhungi', 'keep'], ['aaya|aya|mila', 'got'], ['dene ka|dena hai', 'to take'], ['kabhi', 'ever'], ['wahan', 'there'], ['raha|rahi|rahe', 'lived'], ['main', 'i'],
    ['mera|meri|mere', 'my'], ['chahiye', 'need'], ['nahi|nahin|nai', 'not'], ['mein', 'in'], ['aur', 'and'], ['ya', 'or'], ['haan|ji haan', 'yes'],
    ['hai|hain|tha|thi|the|kiya|yaar|bhai|bas|ho|jaye|khud|inshallah|toh|to|ka|ki|ke|ko|se', ''],
  ]),
};

const stripAccents = (s: string) => (PRINTABLE_ASCII.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// every marker word of every language: a message with none of them is English and is not looked at further
const ANY_MARKER: ReadonlySet<string> = new Set(MARKERS.flatMap(([, m]) => [...m]));

/** The language of one sentence (the one with most marker words, English when none has any or English words win),
 *  and the language its one marker word would make it when the rest of the message is in that language. */
function languageOf(sentence: string): { lang: Lang; leaning: Lang } {
  const ws = stripAccents(sentence).split(/[^\p{L}]+/u).filter(Boolean);
  let best: Lang = 'en';
  let bestCount = 0;
  for (const [lang, markers] of MARKERS) {
    const n = ws.filter((w) => markers.has(w)).length;
    if (n > bestCount) { best = lang; bestCount = n; }
  }
  // (a word Spanish and Portuguese share, "cartas", "medicina", "todas", tells neither from the other: the words only one
  // of them writes decide, and all the Iberian words count for it: "3 cartas, todas de medicina interna, nenhuma da...")
  if (best === 'es' || best === 'pt') {
    const own = (lang: Lang) => ws.filter((w) => MARKERS.find(([l]) => l === lang)![1].has(w) && !SHARED_IBERIAN.has(w)).length;
    const [es, pt] = [own('es'), own('pt')];
    if (es !== pt) { best = es > pt ? 'es' : 'pt'; bestCount = ws.filter((w) => MARKERS.some(([l, m]) => l !== 'hi' && m.has(w))).length; }
  }
  // one marker word in a long sentence is an accident ("y" in a list); two, or one in a short sentence, decide
  return { lang: bestCount >= 2 || (bestCount === 1 && ws.length <= 6) ? best : 'en', leaning: best };
}

// Words of a language that are English keywords too ("em" is Portuguese "in" and EM, "en" Spanish "in"): in a message
// written in that language, a sentence holding one is read in it, whatever else it holds
const FALSE_FRIENDS: Record<Exclude<Lang, 'en'>, RegExp> = { pt: /(?<![\p{L}])em(?![\p{L}])/u, es: /(?<![\p{L}])en(?![\p{L}])/u, hi: /(?!)/ };

/** Each sentence's language: a sentence with a single marker word of the language the rest of the message is written
 *  in, or with one of its false friends, is read in that language too ("sou médico formado em 2022. quero IM...":
 *  "em" there is "in", never EM). */
function sentenceLanguages(sentences: readonly string[]): Lang[] {
  const own = sentences.map(languageOf);
  const decided = own.map((o) => o.lang).filter((l) => l !== 'en');
  const message = decided.length > 0 && decided.every((l) => l === decided[0]) ? decided[0] : undefined;
  if (message === undefined) return own.map((o) => o.lang);
  return own.map((o, k) => (o.lang === 'en' && (o.leaning === message || FALSE_FRIENDS[message].test(sentences[k]!)) ? message : o.lang));
}

// "J1 no", "IM nahi", "psych not": a negation after the word it denies, closing its clause, moves before it; "or no",
// "yes no" are no such denial. "solamente" is Spanish "only" even in an otherwise English sentence.
const AFTER_NEGATION = /(?<!\b(?:or|and|yes|say|says|said|is|was|it's|its) )(?<![\w'])([a-z][\w'-]*) (?:no|not)(?=\s*(?:[,;.!)]|$))/g;

// words before a closing "no"/"not" that are no object of it ("we're not", "of course not", "i think not", "yes or no")
const NOT_DENIED: ReadonlySet<string> = new Set(("we're were are am i'm im he's she's they're you're it's is was do does did don't dont have has had can will would could should "
  + 'bhi actually nah well honestly wait oops sorry hmm uh um oh maybe probably definitely certainly sure course hopefully absolutely yet think guess hope say said says so or and yes yeah ok okay really honestly totally also just still not no why how what').split(' '));

function denialsFirst(text: string): string {
  const t = text.includes('solamente') ? text.replace(/\bsolamente\b/g, 'only') : text;
  return t.includes(' no') ? t.replace(AFTER_NEGATION, (m, w: string) => (NOT_DENIED.has(w) ? m : `not ${w}`)) : t;
}

// "LA" written in capitals is Los Angeles, never the Spanish article "la" ("quedarme en LA o San Diego")
const LA_MARK = /\bxlacapsx\b/g;
function markCapitalLa(text: string, cased: string | undefined): string {
  if (!cased || !/\bLA\b/.test(cased)) return text;
  const capitals = [...cased.matchAll(/\bla\b/gi)].map((m) => m[0] === 'LA');
  const lower = [...text.matchAll(/\bla\b/g)];
  // (only when the two texts hold the same "la"s, one for one)
  if (capitals.length !== lower.length) return text;
  let k = 0;
  return text.replace(/\bla\b/g, (m) => (capitals[k++] ? 'xlacapsx' : m));
}

/** Rewrites the sentences of a lowercased message that are in Spanish, Portuguese or Hindi-Urdu into English words; the languages found. */
export function inEnglish(raw: string, cased?: string): { text: string; langs: Lang[] } {
  const text = denialsFirst(raw);
  if (!stripAccents(text).split(/[^\p{L}]+/u).some((w) => ANY_MARKER.has(w))) return { text, langs: ['en'] };
  const langs = new Set<Lang>();
  const sentences = markCapitalLa(text, cased).split(/(?<=[.!?\n])\s+/);
  const sentenceLangs = sentenceLanguages(sentences);
  const out = sentences.map((sentence, k) => {
    const lang = sentenceLangs[k]!;
    langs.add(lang);
    if (lang === 'en') return sentence.replace(LA_MARK, 'la');
    let t = stripAccents(sentence);
    t = statusInEnglish(t, lang);
    t = denialsInEnglishOrder(t, lang);
    for (const [re, to] of TABLES[lang]) t = t.replace(re, to);
    return t.replace(LA_MARK, 'los angeles').replace(/[ ]{2,}/g, ' ').trim();
  });
  return { text: out.join(' '), langs: [...langs] };
}
