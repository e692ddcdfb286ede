/**
 * Word lists for recognising people, their titles and the institutions that speak in news copy.
 * All entries are lower-case; compare with `key(word)`.
 */
import { MONTHS, WEEKDAYS_FROM_MONDAY } from "./calendar.js";

const keys = new Map<string, string>();

/** The lexicon form of a word: lower case, straight apostrophe, no final dot. Memoised: it runs for every token. */
export function key(word: string): string {
  // Most words are already their own key (lower-case ASCII, no final dot): no lookup, no copy.
  // Others go through the map, which also spares a capitalised word a new lower-case copy per call.
  if (isOwnKey(word)) return word;
  let k = keys.get(word);
  if (k === undefined) {
    k = word.toLowerCase().replace(/[’‘]/g, "'").replace(/\.$/, "");
    if (keys.size > 50_000) keys.clear();
    keys.set(word, k);
  }
  return k;
}

/** True when every character is ASCII but not an upper-case letter, and the last is not a dot: the word is its key. */
function isOwnKey(word: string): boolean {
  const last = word.length - 1;
  if (last >= 0 && word.charCodeAt(last) === 0x2e) return false;
  for (let i = 0; i <= last; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** Titles that tell a man or a woman ("Mr", "Queen"): a pronoun or another such title must agree with them. */
export const MALE_TITLES = new Set(["mr", "king", "prince", "sheikh", "sultan", "emir", "sir", "lord", "father", "brother"]);
export const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "queen", "princess", "dame", "lady", "madam", "sister"]);

/** Titles and role words that stand before a name ("Chinese Foreign Minister Wang Yi"). */
export const TITLE_WORDS = new Set([
  "president", "vice-president", "vice", "premier", "prime", "minister", "ministers", "foreign", "defence",
  "defense", "finance", "interior", "deputy", "first", "chancellor", "king", "queen", "crown", "prince",
  "princess", "emir", "sheikh", "sultan", "shah", "ayatollah", "supreme", "leader", "pope", "cardinal",
  "archbishop", "bishop", "governor", "mayor", "senator", "sen", "congressman", "congresswoman",
  "representative", "rep", "speaker", "secretary", "secretary-general", "general", "gen", "lt",
  "lieutenant", "colonel", "col", "major", "maj", "captain", "capt", "admiral", "adm", "commander",
  "marshal", "sergeant", "chief", "director", "director-general", "ambassador", "envoy", "special",
  "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "ceo", "chief executive",
  "executive", "founder", "judge", "justice", "attorney", "prosecutor", "mr", "mrs", "ms", "miss", "dr",
  "prof", "professor", "sir", "dame", "lord", "lady", "rabbi", "imam", "rev", "reverend", "father",
  "state", "councillor", "councilor", "commissioner", "head", "vice-premier", "vice-chairman", "party",
  "official", "officials", "analyst", "economist", "counterpart", "opposition", "former", "incoming",
  "outgoing", "acting", "interim", "assistant", "undersecretary", "under-secretary",
  "legislator", "lawmaker", "mp", "mep", "dignitary", "diplomat", "top", "senior", "hon",
  "excellency", "majesty", "highness", "de facto", "elect", "president-elect", "vice-chancellor",
  "national", "security", "adviser", "advisor", "trade", "economy", "health", "education", "energy",
  "oil", "culture", "justice", "labour", "labor", "agriculture", "environment", "transport", "army",
  "navy", "air", "force", "staff", "joint", "chiefs", "central", "bank", "governor-general",
  // Corporate and civic titles: a title word further in makes the words before it titles too ("Chief Financial Officer Yoichi Miyazaki").
  "officer", "manager", "treasurer", "administrator", "inspector", "superintendent", "chairperson", "dean", "editor", "coach",
  "defender", "midfielder", "striker", "goalkeeper", "winger",
  // Police ranks as British copy abbreviates them ("Det Supt Claire Whitfield"), and a player's agent.
  "det", "detective", "supt", "insp", "sgt", "cllr", "constable", "dci", "agent",
]);

/**
 * Role nouns that name a person by position ("the Iranian president", "the premier").
 * Used to resolve such phrases to a person whose title in the article contains the noun.
 */
export const ROLE_NOUNS = new Set([
  "president", "vice-president", "premier", "prime minister", "minister", "foreign minister", "chancellor",
  "king", "queen", "crown prince", "prince", "princess", "emir", "sheikh", "sultan", "leader",
  "supreme leader", "pope", "governor", "mayor", "senator", "speaker", "secretary", "secretary-general",
  "general", "commander", "chief", "director", "director general", "director-general", "ambassador",
  "envoy", "chairman", "chairwoman", "chair", "ceo", "head", "diplomat", "official", "analyst",
  "economist", "professor", "lawmaker", "legislator", "counterpart", "spokesman", "spokeswoman",
  "spokesperson", "adviser", "advisor", "commissioner", "judge", "prosecutor",
]);

/** Role nouns for people who speak for someone else: their words are never the principal's. */
export const AIDE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "advisers", "advisors",
  "office", "staff", "lawyer", "lawyers", "attorney", "press secretary", "secretary", "representative",
  "envoy", "campaign", "allies", "ally", "supporters", "son", "daughter", "wife", "husband", "team",
]);

/** Nationality and regional adjectives ("Chinese", "Iranian", "US"). */
export const NATIONALITIES = new Set([
  "afghan", "albanian", "algerian", "american", "angolan", "argentine", "argentinian", "armenian",
  "australian", "austrian", "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian", "bolivian",
  "bosnian", "brazilian", "british", "bulgarian", "burmese", "cambodian", "cameroonian", "canadian",
  "chadian", "chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech",
  "danish", "dutch", "ecuadorian", "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian",
  "european", "filipino", "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan",
  "haitian", "honduran", "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish",
  "israeli", "italian", "ivorian", "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean",
  "kosovar", "kuwaiti", "kyrgyz", "lao", "latvian", "lebanese", "libyan", "lithuanian", "malaysian",
  "malian", "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican",
  "namibian", "nepali", "nepalese", "nicaraguan", "nigerian", "nigerien", "norwegian", "omani",
  "pakistani", "palestinian", "panamanian", "paraguayan", "peruvian", "polish", "portuguese", "qatari",
  "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese", "serbian", "singaporean",
  "slovak", "slovenian", "somali", "south", "north", "east", "west", "spanish", "sri", "lankan",
  "sudanese", "swedish", "swiss", "syrian", "taiwanese", "tajik", "tanzanian", "thai", "tunisian",
  "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "us", "u.s", "uk", "u.k", "un", "u.n",
  "eu", "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean", "arab",
  "asian", "african", "latin", "western", "eastern", "northern", "southern", "central", "middle",
  "gulf", "nato", "brazilian", "state", "federal", "regional", "local", "iranian-born", "hong",
  "kong", "macanese", "kurdish", "basque", "catalan", "tibetan", "uyghur", "uighur", "chechen",
]);

/** Countries, capitals, cities and regions: as speakers they are institutions ("Tehran said"). */
export const PLACES = new Set([
  "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
  "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
  "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina", "burundi",
  "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo", "croatia",
  "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "eritrea",
  "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia",
  "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras",
  "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica",
  "japan", "jordan", "kazakhstan", "kenya", "kiribati", "korea", "kosovo", "kuwait", "kyrgyzstan",
  "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
  "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania",
  "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco",
  "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
  "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines",
  "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "senegal", "serbia",
  "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden",
  "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia",
  "turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan",
  "vanuatu", "vatican", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "america", "britain",
  "england", "scotland", "wales", "europe", "asia", "africa", "gaza", "lebanon", "crimea", "donbas",
  "kashmir", "tibet", "xinjiang", "hong kong", "macau", "washington", "beijing", "tehran", "moscow",
  "kyiv", "kiev", "london", "paris", "berlin", "brussels", "tokyo", "seoul", "pyongyang", "delhi",
  "new delhi", "islamabad", "kabul", "baghdad", "damascus", "beirut", "riyadh", "ankara", "cairo",
  "jerusalem", "tel aviv", "ramallah", "doha", "dubai", "abu dhabi", "muscat", "amman", "rome",
  "madrid", "lisbon", "warsaw", "vienna", "prague", "budapest", "athens", "ottawa", "canberra",
  "wellington", "brasilia", "buenos aires", "mexico city", "havana", "caracas", "bogota", "lima",
  "santiago", "pretoria", "johannesburg", "nairobi", "addis ababa", "lagos", "abuja", "kinshasa",
  "hanoi", "bangkok", "jakarta", "manila", "kuala lumpur", "taipei", "shanghai", "kazan", "minsk",
  "tbilisi", "baku", "yerevan", "astana", "tashkent", "geneva", "new york", "san francisco",
  "los angeles", "the hague", "strasbourg", "davos", "munich", "middle east", "west asia",
  "north africa", "east asia", "south asia", "central asia", "latin america", "west bank",
  "gulf", "persian gulf", "red sea", "south china sea", "taiwan strait", "saudi arabia",
  "united states", "united kingdom", "united arab emirates", "south africa", "south korea",
  "north korea", "new zealand", "sri lanka", "west", "east", "kremlin", "white house", "downing street",
  "elysee", "pentagon", "brics", "sco", "asean", "nato", "eu", "un", "g7", "g20", "opec", "israel-gaza",
]);

/** Words that make a capitalised phrase an organisation or a thing rather than a person. */
export const ORGANISATION_WORDS = new Set([
  "ministry", "department", "office", "council", "agency", "administration", "commission", "committee",
  "organization", "organisation", "party", "government", "union", "bank", "fund", "news", "post", "times",
  "daily", "journal", "herald", "tribune", "press", "television", "tv", "radio", "network", "institute",
  "university", "college", "school", "academy", "foundation", "association", "corporation", "company",
  "group", "initiative", "plan", "programme", "program", "treaty", "agreement", "accord", "summit",
  "assembly", "parliament", "congress", "senate", "house", "court", "army", "navy", "force", "forces",
  "guard", "police", "service", "services", "authority", "board", "bureau", "centre", "center", "mission",
  "embassy", "consulate", "state", "states", "republic", "kingdom", "emirates", "federation", "league",
  "alliance", "coalition", "front", "movement", "brigade", "brigades", "hamas", "hezbollah", "taliban",
  "road", "belt", "street", "square", "river", "sea", "ocean", "gulf", "strait", "island", "islands",
  "mountain", "mountains", "valley", "city", "province", "county", "district", "region", "bay", "lake",
  "airport", "port", "station", "hospital", "stadium", "palace", "hall", "tower", "bridge", "war",
  "crisis", "conference", "forum", "festival", "games", "cup", "olympics", "initiatives", "covid-19",
  "reuters", "xinhua", "afp", "ap", "bloomberg", "cnn", "bbc", "irna", "tass", "cctv", "kcna",
  "exchange", "market", "index", "inc", "ltd", "llc", "co", "corp", "plc", "ag", "gmbh", "sa",
  // The last word of many company names ("Cascadia Semiconductor", "General Motors", "Rio Tinto Group").
  "semiconductor", "semiconductors", "motor", "motors", "airlines", "airways", "pharmaceuticals", "pharma",
  "therapeutics", "biotech", "technologies", "technology", "systems", "energy", "electric", "electronics",
  "holdings", "industries", "partners", "capital", "financial", "insurance", "labs", "software",
  "entertainment", "telecom", "communications", "foods", "mining", "resources", "petroleum", "steel",
  "chemicals", "logistics", "solutions", "ventures", "enterprises", "investments", "securities",
  "properties", "hotels", "stores", "brands", "robotics", "aerospace", "automotive", "devices", "networks",
  "instruments",
]);

/** News agencies and outlets that relay others' words. */
export const RELAY_WORDS = new Set([
  "xinhua", "reuters", "afp", "ap", "associated press", "agence france-presse", "bloomberg", "tass",
  "ria", "irna", "isna", "tasnim", "fars", "mehr", "kcna", "yonhap", "kyodo", "anadolu", "wam", "spa",
  "cctv", "cgtn", "global times", "people's daily", "state media", "state television", "state tv",
  "state news agency", "news agency", "the agency", "the ministry", "the statement", "a statement",
  "the readout", "a readout", "state broadcaster", "the broadcaster", "the newspaper", "the report",
]);


/** Capitalised words that start sentences and clauses but are never names. */
export const NOT_NAME_WORDS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
  "his", "her", "their", "our", "my", "your", "on", "in", "at", "by", "for", "from", "to", "of", "with",
  "as", "after", "before", "during", "since", "until", "while", "when", "where", "why", "how", "what",
  "who", "which", "both", "all", "some", "many", "most", "several", "few", "other", "others", "another",
  "each", "every", "no", "not", "but", "and", "or", "so", "yet", "if", "then", "there", "here", "also",
  "however", "meanwhile", "earlier", "later", "last", "next", "first", "second", "third", "one", "two",
  "three", "four", "five", "ten", "according", "noting", "reiterating", "speaking", "addressing",
  "asked", "despite", "amid", "among", "about", "over", "under", "against", "between", "through",
  ...MONTHS, ...WEEKDAYS_FROM_MONDAY,
  "today", "yesterday", "tomorrow", "currently", "now", "still", "just", "only", "even", "such",
  "new", "old", "former", "our", "mr", "mrs", "ms", "dr", "global", "international", "comprehensive",
  "islamic", "communist", "democratic", "republican", "socialist", "liberal", "conservative", "labour",
  "muslim", "jewish", "catholic", "sunni", "shia", "shiite", "western", "eastern",
  "covid", "covid-19", "brics", "sco", "gdi", "gsi", "jcpoa", "un", "eu", "us", "uk", "pm",
]);

/** Capitalised plurals that open sentences: "Analysts said" is a group, not a person called Analysts. */
export const GROUP_NOUNS = new Set([
  "analysts", "experts", "officials", "critics", "residents", "witnesses", "protesters",
  "protestors", "sources", "diplomats", "observers", "investors", "economists", "lawmakers",
  "legislators", "authorities", "police", "troops", "rebels", "militants", "activists",
  "scientists", "researchers", "doctors", "voters", "users", "others", "many", "some", "both",
  "neighbours", "neighbors", "relatives", "families", "parents", "students", "workers", "farmers",
  "traders", "officers", "soldiers", "leaders", "ministers", "members", "organisers", "organizers",
  "supporters", "opponents", "campaigners", "prosecutors", "lawyers", "judges", "medics",
  "rescuers", "villagers", "locals", "citizens", "people", "women", "men", "children", "israelis",
  "palestinians", "ukrainians", "russians", "americans", "iranians", "chinese",
]);
