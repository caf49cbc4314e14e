/**
 * Word lists behind the engine's judgment. Kept in one place so that a newsroom editor can read what the
 * engine knows, and so that detection (broad) and style advice (narrow) stay separate lists.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/**
 * Reporting cues for detecting attribution, every form. The value is the base form, used in messages and to pick
 * the present-tense replacement of loaded verbs.
 */
export const CUE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const verbs = `
    say says said saying | tell tells told telling | add adds added adding | note notes noted noting
    estimate estimates estimated estimating | write writes wrote written writing | report reports reported reporting
    find finds found finding | show shows showed shown showing | tweet tweets tweeted tweeting
    warn warns warned warning | explain explains explained explaining | argue argues argued arguing
    ask asks asked asking | testify testifies testified testifying | state states stated stating
    announce announces announced announcing | confirm confirms confirmed confirming
    indicate indicates indicated indicating | claim claims claimed claiming | admit admits admitted admitting
    concede concedes conceded conceding | insist insists insisted insisting | reveal reveals revealed revealing
    confess confesses confessed confessing
    acknowledge acknowledges acknowledged acknowledging | allege alleges alleged alleging
    comment comments commented commenting | reply replies replied replying
    recall recalls recalled recalling | predict predicts predicted predicting | suggest suggests suggested
    stress stresses stressed stressing | emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised
    observe observes observed | maintain maintains maintained | contend contends contended
    post posts posted | describe describes described describing | characterize characterized characterise characterised
    tally tallies tallied | count counts counted | calculate calculates calculated | put puts
    quote quotes quoted | cite cites cited | inform informs informed | continue continued
    agree agrees agreed | complain complains complained | assert asserts asserted | affirm affirmed
    criticize criticized criticised | urge urges urged | promise promises promised | pledge pledged
    conclude concludes concluded | record records recorded | project projects projected
    speak speaks spoke spoken speaking | talk talks talked talking | discuss discusses discussed
    quip quips quipped | joke jokes joked | remark remarks remarked | exclaim exclaims exclaimed
    shout shouts shouted | recount recounts recounted | reiterate reiterates reiterated | boast boasts boasted
    lament laments lamented | read reads | express expresses expressed | caution cautions cautioned
    attribute attributes attributed | ascribe ascribes ascribed | call calls called | identify identifies identified
    examine examines examined | analyze analyzes analyzed | analyse analyses analysed | survey surveyed
    measure measures measured | expect expects expected | forecast forecasts forecasted
    disclose discloses disclosed disclosing | list lists listed
  `;
  // Groups end at a bar or at the end of a line.
  for (const group of verbs.split(/\||\n/)) {
    if (group.trim() === '') continue;
    const forms = group.trim().split(/\s+/);
    for (const f of forms) m.set(f, forms[0]);
  }
  return m;
})();

/** Cues whose base form is a loaded verb: attribution that editorialises (style advice, a narrower list). */
export const LOADED_CUES = set('claim admit concede insist reveal confess');

/** Plain replacements for loaded verbs, by form. */
export const LOADED_REPLACEMENTS: Readonly<Record<string, string>> = {
  claim: 'say', claims: 'says', claimed: 'said', claiming: 'saying',
  admit: 'say', admits: 'says', admitted: 'said', admitting: 'saying',
  concede: 'say', concedes: 'says', conceded: 'said', conceding: 'saying',
  insist: 'say', insists: 'says', insisted: 'said', insisting: 'saying',
  reveal: 'say', reveals: 'says', revealed: 'said', revealing: 'saying',
  confess: 'say', confesses: 'says', confessed: 'said', confessing: 'saying',
};

/** Cues that only attribute when their subject is a source (a person, group or document), never in the passive. */
export const WEAK_CUES = set('find show count put record continue agree promise pledge urge criticize conclude project describe characterize post tally calculate cite quote inform speak talk discuss read joke express attribute ascribe call identify examine analyze analyse survey measure expect forecast list');

/** Words that may stand between a source and its cue ("she also said", "police have since confirmed"). */
export const CUE_ADVERBS = set(`
  also later earlier previously further then since has have had would will could had already first again once
  now recently repeatedly publicly privately separately subsequently initially originally reportedly still
  simply flatly quickly yesterday today last this week just formally officially subsequently
  afterwards afterward additionally however meanwhile nonetheless nevertheless
`);

/** Auxiliaries that make a cue passive ("was told", "is believed"). */
export const PASSIVE_AUX = set("is are was were be been being 's");

/** Source-less passive verbs: "it is believed", "are believed to", "is estimated", "it was reported". */
export const PASSIVE_VAGUE_VERBS = set('believed thought estimated reported said understood rumoured rumored alleged feared suspected claimed forecast announced recorded observed expected considered');

/** Words of a clause that keeps a source anonymous: "who asked not to be named", "on condition of anonymity". */
export const ANONYMITY_WORDS = set('named identified anonymity anonymous');

/** Adverbs of how many hold a view: "is widely seen as", "is generally considered". */
export const WIDELY = set('widely generally commonly broadly universally');

/** Adverbs that are themselves a vague attribution. */
export const VAGUE_ADVERBS = set('reportedly purportedly supposedly allegedly reputedly');

/** Head nouns of sources no reader can identify. */
export const VAGUE_NOUNS = set(`
  official officials expert experts source sources critic critics analyst analysts observer observers insider insiders executives
  one some many others several most reports media commentators pundits watchers scientists researchers economists
  rumours rumors speculation authorities activists witnesses eyewitnesses friends neighbors neighbours supporters
  opponents planners colleagues relatives advocates proponents backers skeptics sceptics detractors donors fans allies residents forecasters nurses doctors teachers parents academics locals villagers farmers
`);

/** Vague nouns that are vague only alone or with a plain adjective ("researchers said", not "researchers at MIT said"). */
export const WEAK_VAGUE_NOUNS = set('scientists researchers economists analysts activists residents forecasters nurses doctors teachers parents academics locals villagers farmers');

/** Sources that stay vague whatever organisation qualifies them ("FSB sources", "Pentagon insiders"). */
export const ALWAYS_VAGUE_NOUNS = set('source sources insider insiders');

/** Singular unnamed officials who would normally be named: their anonymity needs a reason. */
export const ANONYMOUS_OFFICIALS = set('official source insider aide diplomat mp lawmaker legislator');

/** Singular roles that are vague with an indefinite article ("a government official", "one MP"). */
export const ANONYMOUS_SINGULARS = set('official source insider aide diplomat mp lawmaker legislator person interviewee analyst expert observer critic witness eyewitness member planner staffer employee man woman father mother parent resident trustee neighbor neighbour relative teacher nurse doctor student worker friend colleague classmate adviser advisor confidant ally operative strategist supporter donor associate activist democrat republican');

/** Quantifiers that make any group of sources vague ("multiple news outlets", "various opinion polls"). */
export const VAGUE_QUANTIFIERS = set('multiple various several some many unnamed unidentified other numerous');

/** Role nouns: a person identified by what they do. */
export const ROLE_NOUNS = set(`
  administrator administrators spokesman spokeswoman spokesperson spokespeople official minister secretary president chairman chairwoman chair convener convenor
  director head chief commander officer officers police policeman policewoman detective investigator investigators
  prosecutor prosecutors attorney lawyer lawyers plaintiff plaintiffs judge justice senator governor mayor sheriff councillor councilor
  lawmaker lawmakers legislator representative ambassador envoy diplomat general colonel captain lieutenant sergeant
  soldier doctor doctors physician nurse surgeon scientist researcher professor economist analyst author authors
  editor reporter correspondent witness victim survivor resident residents neighbour neighbor friend relative
  mother father sister brother wife husband son daughter owner founder co-founder cofounder co-chair ceo manager executive employee worker
  worker workers teacher student leader leaders organizer organisers organizers candidate campaign coach player
  firefighter firefighters paramedic paramedics rescuer rescuers coroner pathologist inspector commissioner
  premier chancellor king queen prince princess pope bishop priest imam rabbi member members adviser advisor
  aide aides staff staffer agent agents engineer engineers operator pilot passenger passengers protester protesters
  activist spokesperson representative deputy vice-president chairperson superintendent coordinator curator
  historian biologist ecologist geologist astronomer physicist chemist psychologist epidemiologist
  marshal warden guard guards trooper troopers medic medics organiser actor actress singer songwriter artist writer
  musician comedian filmmaker producer novelist poet journalist photographer designer chef athlete lyricist
  rapper drummer guitarist dancer model architect inventor entrepreneur businessman businesswoman billionaire
  astronaut explorer archaeologist anthropologist mathematician philosopher theologian lecturer
  nominee nominees hopeful hopefuls frontrunner front-runner contender challenger incumbent strategist strategists
  pollster consultant commentator columnist
  auditor regulator assessor treasurer comptroller controller examiner ombudsman registrar actuary statistician
  forecaster meteorologist landlord developer contractor colleague classmate
  striker midfielder defender goalkeeper goalie winger batsman bowler pitcher quarterback jockey sprinter swimmer
  skier rower boxer golfer cyclist runner counsel
  surveyor valuer midwife archivist veterinarian pharmacist accountant campaigner steward trainer solicitor barrister
`);

/** Relatives named before a given name in apposition ("his wife, Denise,"). */
export const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'mother', 'father', 'mom', 'dad', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'niece', 'nephew', 'aunt', 'uncle', 'cousin', 'partner', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'widow', 'widower', 'stepson', 'stepdaughter', 'girlfriend', 'boyfriend', 'friend', 'neighbor', 'neighbour']);

/** Reckonings a source is named by: "by one count", "by one estimate", "by some accounts". */
export const RECKONINGS = new Set(['count', 'estimate', 'account', 'accounts', 'measure', 'tally', 'reckoning', 'calculation', 'analysis']);

/** Organisation nouns: an institution as source. */
export const ORG_NOUNS = set(`
  ministry department agency government police service services office council commission committee court
  company firm corporation bank university hospital institute institution foundation association union
  army military navy force forces brigade ministry parliament congress senate house administration regime
  authority board bureau centre center network group organisation organization party campaign team club
  newspaper paper broadcaster channel station agency website outlet magazine wire coalition alliance
  embassy consulate prosecutor's prosecutors' firefighters municipality county city state council
  tribunal observatory laboratory lab survey poll watchdog insurer lender defence defense prosecution
  panel unit jury charity trust federation society inspectorate consortium nonprofit hospice
`);

/** Document nouns: a report, data set or record as source. */
export const DOCUMENT_NOUNS = set(`
  report reports study studies survey surveys poll polls data figures statistics census analysis review evaluation
  audit assessment estimate estimates records record documents document filing filings statement statements
  release letter memo paper papers research findings investigation inquiry count tally model models projections
  database index dataset registry register list warning tweet tweets sign banner message note post announcement
  ruling order summary verdict judgment judgement decision opinion bulletin advisory forecast forecasts website page
  returns rankings ranking average averages tracker listings headcount ratings tallies counts numbers polling
  email emails results form forms disclosure disclosures outcome accounts
  ad ads commercial commercials editorial editorials lawsuit lawsuits complaint indictment transcript petition
  valuation valuations appraisal appraisals inspection inspections testimony
`);

/** Words that name an organisation when capitalised in a name ("Terror Asymmetrics Project"). */
export const ORG_NAME_WORDS = set(`
  Ministry Department Agency Government Police Service Office Council Commission Committee Court Company
  Corporation Corp Inc Ltd LLC Bank University Hospital Institute Foundation Association Union Army Navy Force
  Forces Brigade Parliament Congress Senate House Administration Authority Board Bureau Centre Center Network
  Group Organisation Organization Party Project Post Times News Press Journal Herald Tribune Guardian Telegraph
  Agence Reuters Associated Wikinews BBC CNN NPR Fox ABC CBS NBC Sky Xinhua Tass Interfax Radio Television TV Channel
  Society Alliance Coalition Federation Church Museum Observatory Laboratory Laboratories Lab Fund Trust Club
  Institute Academy College School Review Magazine Daily Weekly Gazette Standard Mail Express Mirror Star
  Airlines Airways Motors Systems Technologies Holdings Partners Media Entertainment Studios Records Capital
  Commissioner's Service's Embassy Consulate Tribunal Assembly Cabinet Secretariat Directorate Inspectorate
  Cathedral Cemetery Basilica Mosque Synagogue Stadium Airport Hotel Theater Theatre Library Avenue Boulevard Highway
  Gallery Galleries Grid Rail Railway Railways Utilities Electric Ambulance Telecom Networks Programme Program Panel
  Institution Research Annals Proceedings Workers Consortium Syndicate Cooperative Collective Federation Confederation Guild Caucus
  Management Services Solutions Industries Enterprises Properties Logistics Homes Foods Milling Brewery Bakery Dairy Farms Water
  Diocese Archdiocese Synod Ferries Prefecture League Campaign Ombudsman Chamber Chambers Convention Enterprise
  Command Guard Guards Administration FBI CIA NASA NHS WHO UN EU NATO OPEC IMF UNICEF UNESCO AFP AP PAP
  Cellars Vineyards Vineyard Winery Wineries Brewery Breweries Brewing Distillery Distilleries Distillers Estates Farms Foods
  Industries Pharmaceuticals Insurance Logistics Developments Interactive Software Labs
  Suites Investigations Consulting Consultants Associates Ventures Realty Interiors Apartments Residences Rentals
  Advisors Advisory Contractors Builders Surveyors Architects Haulage Couriers Recruitment
  Cleaning Catering Salons Barbers Analytics
`);

/** Lower-case words inside names ("Mohammad bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'da', 'dos', 'di', 'del', 'y', 'st.', 'mc']);

/** Titles abbreviated before a name without a full stop, British style, and their full words ("Cllr", "PC"). */
export const BRITISH_TITLES: ReadonlyMap<string, string> = new Map([['PC', 'constable'], ['DC', 'detective'], ['DS', 'detective'], ['DI', 'detective'], ['DCI', 'detective'], ['DSI', 'detective'], ['Cllr', 'councillor'], ['Cr', 'councillor'], ['Const', 'constable']]);

/** The word an abbreviated title before a name stands for ("Gov. Marcus Teller" is a governor). */
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['Gov', 'governor'], ['Sen', 'senator'], ['Rep', 'representative'], ['Dr', 'doctor'], ['Prof', 'professor'],
  ['Rev', 'reverend'], ['Gen', 'general'], ['Col', 'colonel'], ['Capt', 'captain'], ['Lt', 'lieutenant'],
  ['Sgt', 'sergeant'], ['Det', 'detective'], ['Supt', 'superintendent'], ['Adm', 'admiral'], ['Amb', 'ambassador'],
  ['Atty', 'attorney'], ['Cmdr', 'commander'], ['Insp', 'inspector'], ['Cpl', 'corporal'], ['Pres', 'president'],
]);

/**
 * Words a later description may use for a role the draft gave in other words: "the lawyer" for "Defense attorney
 * Conrad Ashby", "the lawmaker" for "Sen. Mara Okafor", "the pastor" for "the Rev. Al Green".
 */
export const ROLE_EQUIVALENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['lawyer', ['attorney', 'counsel']],
  ['officer', ['constable', 'sergeant', 'detective', 'inspector', 'superintendent', 'trooper']],
  ['attorney', ['lawyer']],
  ['lawmaker', ['senator', 'representative', 'congressman', 'congresswoman', 'legislator', 'assemblyman', 'assemblywoman', 'assemblymember', 'delegate']],
  ['legislator', ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'assemblyman', 'assemblywoman', 'assemblymember', 'delegate']],
  ['congressman', ['representative']],
  ['congresswoman', ['representative']],
  ['physician', ['doctor']],
  // ("the judge" for "Justice Marguerite Beaulieu of the Provincial Supreme Court".)
  ['judge', ['justice']],
  ['pastor', ['reverend']],
  ['minister', ['reverend']],
  // (Those of science by their field: "the researcher" for "Dr. Fiona Gallagher-Reid, the ecologist who led the
  // survey".)
  ['researcher', ['scientist', 'ecologist', 'biologist', 'epidemiologist', 'virologist', 'economist', 'physicist', 'chemist', 'geologist', 'astronomer', 'glaciologist', 'zoologist', 'botanist', 'oceanographer', 'climatologist', 'professor', 'lecturer']],
  ['scientist', ['researcher', 'ecologist', 'biologist', 'epidemiologist', 'virologist', 'physicist', 'chemist', 'geologist', 'astronomer', 'glaciologist', 'zoologist', 'botanist', 'oceanographer', 'climatologist']],
]);

/** A year as written in prose ("2014", "1998"). */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** Titles that precede a name and are not part of it. */
export const NAME_TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Pres Pres. Professor Sen Sen. Senator Rep Rep. Representative Gov Gov.
  Governor President Vice Prime Minister Secretary Mayor Judge Justice Chief General Gen Gen. Col Col. Colonel
  Capt Capt. Captain Lt Lt. Lieutenant Sgt Sgt. Sergeant Officer Detective Inspector Commissioner Ambassador
  King Queen Prince Princess Pope Bishop Father Rev Rev. Reverend Rabbi Imam Sheikh Sir Dame Lord Lady
  Chancellor Premier Speaker Leader Deputy Director Chairman Chairwoman Spokesman Spokeswoman Spokesperson
  Attorney Interior Foreign Defence Defense Health Finance Justice Home Education Emeritus Retired Former
  Assistant Associate Senior Junior Executive Managing Commander Admiral Marshal Sheriff Councillor Councilor
  Superintendent Constable Coach Dean Chair President-elect Congressman Congresswoman Councilman Councilwoman
  Minister's Press Police Fire State Federal National Regional Local Party Opposition Republican Democratic
  Democrat Labour Conservative Liberal Green Independent Supreme Associate First Lady Her His Majesty Royal
  Highness Saint St St. Doctor Nurse Brother Sister Cllr Cllr.
  Insp Insp. Supt Supt. Det Det. Cpl Cpl. Cmdr Cmdr. Adm Adm. Amb Amb. Atty Atty.
`);

/** Words for one of a people or a state's residents, in lower case ("the Spaniard", "the Texan" as epithets). */
export const DEMONYMS = set(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian
  azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian briton bulgarian burmese cambodian
  cameroonian canadian chilean chinese colombian congolese croat croatian cuban cypriot czech dane dutchman dutchwoman
  ecuadorian egyptian emirati englishman englishwoman eritrean estonian ethiopian filipino filipina finn frenchman
  frenchwoman georgian german ghanaian greek guatemalan haitian honduran hungarian icelander indian indonesian iranian
  iraqi irishman irishwoman israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti
  latvian lebanese liberian libyan lithuanian malaysian malian maltese mexican moldovan mongolian montenegrin moroccan
  namibian nepali nicaraguan nigerian norwegian pakistani palestinian panamanian paraguayan peruvian pole portuguese
  qatari romanian russian rwandan salvadoran saudi scot scotsman scotswoman senegalese serb serbian singaporean slovak
  slovenian somali spaniard sudanese swede swiss syrian taiwanese tanzanian thai tunisian turk ugandan ukrainian
  uruguayan uzbek venezuelan vietnamese welshman welshwoman yemeni zambian zimbabwean kiwi texan californian floridian
  ohioan vermonter virginian minnesotan arizonan alaskan hawaiian coloradan oklahoman kansan nebraskan iowan missourian
  kentuckian alabamian louisianan mississippian carolinian nevadan utahn michigander wisconsinite illinoisan hoosier
  bostonian chicagoan londoner parisian berliner muscovite
`);

/** Nationality and place adjectives that may precede a title ("French Senator"). */
export const NATIONALITY_SUFFIX = /(?:an|ian|ean|ese|ish|ic|i|ch|sh|ine)$/;

/** Personal pronouns that can stand for a source, with the gender they imply. */
export const PRONOUNS: ReadonlyMap<string, 'female' | 'male' | 'plural' | 'neuter' | 'any'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
  ['i', 'any'],
  ['we', 'plural'],
]);

/** The forms of "he" and "she" that stand for someone named before ("him", "his", "herself"). */
export const FORMS_OF_PRONOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['he', set('he him his himself')],
  ['she', set('she her hers herself')],
]);
/** Every form of "he" and "she". */
export const PRONOUN_FORMS: ReadonlySet<string> = new Set([...FORMS_OF_PRONOUN.values()].flatMap((forms) => [...forms]));

/** Words that mark a person's gender when they describe them. */
export const FEMALE_WORDS = set(`
  she her hers herself mrs mrs. ms ms. miss madam spokeswoman chairwoman congresswoman councilwoman businesswoman
  policewoman actress mother wife daughter sister aunt grandmother queen princess duchess dame lady woman girl
  widow bride niece empress countess baroness granddaughter stepdaughter stepmother girlfriend fiancee fiancée
  grandma granny mum mom
`);

/** Words that mark a person's gender when they describe them. */
export const MALE_WORDS = set(`
  he him his himself mr mr. sir spokesman chairman congressman councilman businessman policeman father
  husband son brother uncle grandfather king prince duke lord man boy widower groom nephew emperor count baron
  grandson stepson stepfather boyfriend fiance fiancé grandpa dad
`);

/** Month names and abbreviations. */
export const MONTHS = set(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`);

/** Weekday names. */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun');

/** Units of time: a number of them is a time reference or a duration. */
export const TIME_UNITS = set(`
  second seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade
  decades century centuries night nights morning mornings evening evenings season seasons term terms quarter
  quarters semester semesters millennium millennia fortnight fortnights mins hrs secs yrs
`);

/** Words after a number of time units that make it a time reference ("two weeks later"). */
export const TIME_REFERENCE_AFTER = set('ago later earlier before after prior since hence from into on back running straight until till left remaining');

/** Words before a number of time units that make it a time reference ("in the past 24 hours"). */
export const TIME_REFERENCE_BEFORE = set(`
  in within past last next previous recent coming upcoming following first few every each after before since during
  until till by the those these early late
`);

/** Number words and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
]);

/** Scale words that multiply a preceding figure ("$1.2 billion", "4 million"). */
export const SCALE_WORDS = set('hundred thousand million dozen billion trillion mln bln bn m k');

/** Plural magnitudes that are vague numeric claims ("hundreds of"). */
export const VAGUE_MAGNITUDES = set('dozens hundreds thousands millions billions trillions tens scores');

/** Fractions of a group ("half of", "a third of", "two-thirds"). */
export const FRACTIONS = set('half halves third thirds quarter quarters fifth fifths tenth tenths');

/** Verbs of change that are numeric claims on their own ("doubled"). */
export const CHANGE_WORDS = set('doubled doubling doubles halved halving tripled tripling triples trebled quadrupled quadrupling quadruples');

/** Words that qualify a figure as an estimate or bound. */
export const QUALIFIERS = set(`
  about around roughly approximately nearly almost some over under more less fewer than at least most up to as
  many few much an estimated between from just only exactly precisely barely close to upwards of well
`);

/** Qualifiers that make precision false when the figure is exact ("about 1,234"). */
export const APPROXIMATORS = set('about around roughly approximately nearly almost some approx. approx circa');

/** Units that follow a figure as part of the claim. */
export const UNITS = set(`
  percent per cent percentage points point points % dollars dollar usd euros euro pounds pound sterling yen yuan
  rupees rupee pesos peso rubles roubles francs won dinars naira rand shekels lira reais real
  people persons
`);

/** Currency symbols and prefixes that open a money figure. */
export const CURRENCY_PREFIX = /^(?:US\$|A\$|C\$|NZ\$|HK\$|R\$|\$|€|£|¥|₹|₩|₽|Rs\.?|USD|EUR|GBP)$/;

/** Nouns that count people and things a fact-checker checks; they make "one" and 4-digit numbers claims. */
export const COUNT_NOUNS = set(`
  person people man men woman women child children boy boys girl girls adult adults victim victims soldier soldiers
  officer officers civilian civilians death deaths case cases vote votes seat seats member members resident residents
  student students patient patients worker workers job jobs home homes house houses building buildings vehicle
  vehicles car cars incident incidents attack attacks arrest arrests casualty casualties fatality fatalities
  injury injuries migrant migrants refugee refugees fighter fighters protester protesters troops individuals
  participants species animals birds fish trees acres hectares tons tonnes miles kilometres kilometers metres
  meters feet dollars euros pounds percent
`);

/** Nouns before a number that make it an identifier ("Route 66", "page 5"). */
export const IDENTIFIER_NOUNS = set(`
  route flight article section chapter page pages room highway interstate gate platform terminal exit level phase
  stage season episode volume issue item figure table grade rule resolution amendment proposition prop district
  precinct ward unit lot block suite apartment apt no no. number # boeing airbus apollo model version windows
  iphone galaxy class type track bus line pier dock bay hangar launch pad patch build release title
  division group channel mission expedition station sol lane psalm verse hole mile mark typhoon act bill
  h.r. s. docket case covid sars mers g h1n1
`);

/** Words capitalised at the start of a sentence that are not names (they may precede a figure). */
export const SENTENCE_STARTERS = set(`
  The A An About Around Roughly Approximately Nearly Almost Some Over Under More Less Fewer At Up Just Only Between
  From In On By Of For With Since Until After Before During Of To And But Or As All Another Those These This That
  Its Their His Her Our Your My Another Each Every Both Some Most Many Few Several Another Last Next Still Even
  Yet Also Then Now Today Yesterday Tomorrow When While Where If Although Though Because So Once Almost Exactly
  Precisely Well Close Upwards Among Across Within Without Against Toward Towards Per Including Excluding Nearly
  Approx Another Than There Here Total Only Through Throughout Above Below Beyond Behind Outside Inside Estimated
  Roughly Another According Officials Police Experts Like Unlike
`);

/** Abbreviations that do not end a sentence (compared lower-case, without the final period). */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sen rep gov gen lt col capt sgt st mt jr sr inc corp ltd co bros vs v etc no nos jan feb mar
  apr jun jul aug sep sept oct nov dec ave blvd rd approx est dept pres rev hon fig figs al e.g i.e a.m p.m u.s
  u.k u.n e.u d.c ft vol pp op cf ca gov't adm cmdr maj brig supt insp det cpl pvt messrs mme mlle
`);

/** Abbreviations that often end a sentence too: a boundary when the next word starts a sentence. */
export const SENTENCE_FINAL_ABBREVIATIONS = set('etc inc corp ltd co u.s u.k u.n e.u d.c a.m p.m al');

/** Words that commonly open a sentence; after "U.S." they mark a boundary. */
export const COMMON_SENTENCE_OPENERS = set(`
  The He She It They We I But And In A An This That There His Her Their Its On At As For After When While If
  According Officials Police So Yet Still Meanwhile However Although Because Since Then Now Some Many Most
`);

/** Verbs of a belief or a guess: a group's is a vague source ("Many believe", "as some have speculated"). */
export const BELIEF_VERBS: readonly string[] = ['believe', 'believes', 'fear', 'fears', 'suspect', 'suspects', 'think', 'thinks', 'speculate', 'speculates', 'speculated'];

/** Units counted by "a" or "an" after a qualifier or a change: "at least a week", "rose a foot". */
export const ONE_UNIT = set('week month year decade century day fortnight hour minute foot inch mile yard meter metre kilometer kilometre ton tonne gallon acre hectare');

/**
 * Every word that can make a sentence matter to the engine, as it is written in running text: cues (a source is
 * always linked by one, so source nouns need not be listed), passives, vague adverbs, number words and magnitudes,
 * rankings and source prepositions. Sentences with none of these (and no digit or quotation mark) are only scanned
 * for names.
 */
export const INTEREST_WORDS: readonly string[] = (() => {
  const capitalise = (w: string): string => w[0].toUpperCase() + w.slice(1);
  const openers = [
    ...NUMBER_WORDS.keys(), ...VAGUE_MAGNITUDES, ...FRACTIONS, ...VAGUE_ADVERBS, 'according', 'per', 'by',
    'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  ];
  return [
    ...CUE_FORMS.keys(), ...PASSIVE_VAGUE_VERBS, ...WIDELY, ...BELIEF_VERBS, ...CHANGE_WORDS, ...openers.filter((w) => w !== 'by'), ...openers.map(capitalise),
    'largest', 'biggest', 'highest', 'lowest', 'smallest', 'busiest', 'oldest', 'richest', 'poorest', 'deadliest', 'worst', 'ranked',
    'reports', 'estimates', 'pointed', 'points', 'pointing', 'twice', 'thrice', 'double', 'triple', 'treble', 'quadruple', 'halve', 'second', 'fourth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    // Makers of figures ("prepared by"), which may name a table's source in a caption without a figure of its own.
    'compiled', 'prepared', 'collected', 'gathered', 'published', 'released', 'calculated', 'commissioned', 'tallied', 'analyzed', 'analysed',
    // Verbs that set a figure as "put" does ("placed the value at").
    'placed', 'pegged',
    // Units counted by "a" ("lasted more than a week", "about an hour", "nearly a mile"): a claim with no digit.
    // (Not "ton" or "foot", as often hyperbole: "came under a ton of criticism", "seems about a foot taller".)
    ...[...ONE_UNIT].filter((w) => w !== 'ton' && w !== 'tonne' && w !== 'foot'),
  ];
})();

/** Determiners and quantifiers that open a noun phrase ("the", "a", "their", "several"). */
/** Prepositions between people and the place or body they are of ("officials in", "relatives of", "sources within"). */
export const PEOPLE_OF = new Set(['at', 'in', 'of', 'from', 'with', 'within', 'inside', 'on', 'near', 'outside']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'both', 'other', 'most', 'all', 'each', 'any', 'multiple', 'various', 'numerous']);

/** A state's party member ("the Utah Republican") and the letter of the party tag after a name ("(R-Utah)"). */
export const PARTY_TAG_LETTERS: ReadonlyMap<string, string> = new Map([['republican', 'r'], ['democrat', 'd'], ['independent', 'i']]);

/**
 * The state an abbreviation stands for, lower case: AP's ("md", "calif", "n.y", without the last full stop) and the
 * postal codes ("ca", "ny"), as a party tag after a name gives them ("Jason Chaffetz (R-Utah)", "Elijah Cummings
 * (D-Md.)"). Full names stand for themselves.
 */
export const STATE_OF_ABBREVIATION: ReadonlyMap<string, string> = (() => {
  const pairs = `ala:alabama al:alabama ak:alaska ariz:arizona az:arizona ark:arkansas ar:arkansas calif:california ca:california
  colo:colorado co:colorado conn:connecticut ct:connecticut del:delaware de:delaware fla:florida fl:florida ga:georgia
  hi:hawaii id:idaho ill:illinois il:illinois ind:indiana in:indiana ia:iowa kan:kansas kans:kansas ks:kansas ky:kentucky
  la:louisiana me:maine md:maryland mass:massachusetts ma:massachusetts mich:michigan mi:michigan minn:minnesota
  mn:minnesota miss:mississippi ms:mississippi mo:missouri mont:montana mt:montana neb:nebraska ne:nebraska nev:nevada
  nv:nevada nh:new_hampshire n.h:new_hampshire nj:new_jersey n.j:new_jersey nm:new_mexico n.m:new_mexico ny:new_york
  n.y:new_york nc:north_carolina n.c:north_carolina nd:north_dakota n.d:north_dakota oh:ohio okla:oklahoma ok:oklahoma
  ore:oregon or:oregon pa:pennsylvania ri:rhode_island r.i:rhode_island sc:south_carolina s.c:south_carolina
  sd:south_dakota s.d:south_dakota tenn:tennessee tn:tennessee tex:texas tx:texas ut:utah vt:vermont va:virginia
  wash:washington wa:washington w.va:west_virginia wv:west_virginia wis:wisconsin wi:wisconsin wyo:wyoming wy:wyoming`;
  const map = new Map<string, string>();
  for (const pair of pairs.trim().split(/\s+/)) {
    const [abbreviation, state] = pair.split(':');
    map.set(abbreviation, state.replace(/_/g, ' '));
  }
  return map;
})();

/** The state a state's resident is of ("the Texan" is of Texas), for the demonyms above that name one state. */
export const STATE_OF_DEMONYM: ReadonlyMap<string, string> = new Map(
  `texan:texas californian:california floridian:florida ohioan:ohio vermonter:vermont virginian:virginia
  minnesotan:minnesota arizonan:arizona alaskan:alaska hawaiian:hawaii coloradan:colorado oklahoman:oklahoma
  kansan:kansas nebraskan:nebraska iowan:iowa missourian:missouri kentuckian:kentucky alabamian:alabama
  louisianan:louisiana mississippian:mississippi nevadan:nevada utahn:utah michigander:michigan wisconsinite:wisconsin
  illinoisan:illinois hoosier:indiana`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * US states and their AP abbreviations (lower case, words joined by a space, the abbreviation without its last full
 * stop): the place after a city in "In Manchester, New Hampshire, …", "in Denver, Colo., …".
 */
export const US_STATES = new Set([
  ...`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
  tenn tex vt va wash wis wyo n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c`.trim().split(/\s+/),
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island',
  'south carolina', 'south dakota', 'west virginia',
]);

/**
 * Countries and the nations of the United Kingdom, in lower case (words joined by a space): the place that ends a
 * national body's name ("Public Health Wales", "Statistics Canada", "Maritime New Zealand").
 */
export const COUNTRIES = new Set([
  ...`afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia botswana brazil britain brunei bulgaria burundi
  cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
  dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
  liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
  mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia somalia
  spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
  turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia zimbabwe
  america`.trim().split(/\s+/),
  'new zealand', 'south africa', 'sri lanka', 'saudi arabia', 'north korea', 'south korea', 'south sudan',
  'sierra leone', 'costa rica', 'el salvador', 'papua new guinea', 'east timor', 'northern ireland',
  'united kingdom', 'united states', 'great britain', 'ivory coast', 'burkina faso', 'cape verde',
  'equatorial guinea', 'dominican republic', 'czech republic', 'central african republic', 'north macedonia',
  'bosnia and herzegovina', 'trinidad and tobago', 'united arab emirates', 'hong kong',
]);

/** Legislators' titles written in capitals ("the MP", "the MEP", "the MP for Surrey Downs"). */
export const TITLE_ACRONYMS: ReadonlySet<string> = new Set(['MP', 'MEP', 'MSP', 'MLA', 'MPP', 'MNA', 'TD']);

/** Nouns of bodies that a later "the …" names again ("the ministry", "the commission"): their name holds the noun. */
export const NAMED_BY_NOUN: ReadonlySet<string> = new Set(['bank', 'exchange', 'museum', 'school', 'network', 'publisher', 'firm', 'operator', 'carrier', 'group', 'ministry', 'department', 'agency', 'council', 'commission', 'committee', 'association', 'union', 'mission', 'force', 'service', 'authority', 'board', 'bureau', 'institute', 'foundation', 'federation', 'office', 'court', 'tribunal', 'organisation', 'organization', 'society', 'centre', 'center', 'observatory', 'coalition', 'alliance', 'university', 'hospital', 'company', 'corporation', 'airline', 'club', 'league', 'party', 'diocese', 'archdiocese', 'synod', 'parish', 'church', 'mosque', 'charity', 'trust', 'regulator', 'watchdog', 'inspectorate', 'prefecture', 'insurer', 'retailer', 'manufacturer', 'carmaker', 'automaker', 'airport', 'utility', 'confederation', 'consortium', 'cooperative', 'district']);
