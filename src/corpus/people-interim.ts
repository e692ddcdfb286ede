/**
 * INTERIM people finder for dated facts, until the /quote work's people index replaces it: a
 * person is a run of two to four capitalised words that are not titles, nationalities, places or
 * institutions ("Chinese President Xi Jinping" → "Xi Jinping"); a lone surname or given name
 * ("Xi", "Raisi") stands for the one full name in the same article that holds it.
 */
import type { Article, Sentence } from "./types.js";

/** Words that open a name run but are not part of the name. */
const TITLES = new Set(
  (
    "President Vice-President Premier Prime Minister Foreign Defence Defense Finance Trade Secretary General " +
    "Chairman Chairwoman Chair Director Deputy Special Envoy Ambassador Spokesman Spokeswoman Spokesperson " +
    "Commander Chief Head Leader Supreme King Queen Crown Prince Princess Sheikh Mr Mrs Ms Dr Sen Rep Gov " +
    "Governor Mayor Senator Former First Acting State Vice Counsellor Councillor Minister's Pope Cardinal " +
    "General Gen Col Lt Sgt Justice Judge Officer Agent Party Communist Chinese Iranian American Russian " +
    "Israeli Saudi Indian Pakistani Turkish British French German Japanese Korean Egyptian Syrian Iraqi " +
    "Lebanese Palestinian Ukrainian European African Asian Arab Emirati Qatari Omani Jordanian US UK UN EU " +
    "The A An On In At During After Before Since When While As But And Or For With From By Under Over " +
    "Meanwhile However Earlier Later Last Next This That These Those His Her Their Its Our"
  ).split(" "),
);

/** Words that make a run a place, an organisation or a thing rather than a person. */
const NOT_NAMES = new Set(
  (
    "China Iran Beijing Tehran Russia Moscow India Pakistan Israel Gaza Lebanon Syria Iraq Saudi Arabia " +
    "United States Kingdom Nations Emirates Middle East West North South Central Asia Africa Europe " +
    "America Western Eastern Gulf Sea Ocean Road Belt Street River City Province Republic Kingdom " +
    "Ministry Council Assembly Organization Organisation Agency Initiative Initiatives Development Security " +
    "Cooperation Shanghai Morning Post News Times Daily Press Agency Service Information Administration " +
    "Energy Office Department Committee Commission Congress Parliament Senate House Parties Party Union " +
    "Bank Fund Group Forum Summit Conference Plan Action Joint Comprehensive Global International National " +
    "Expediency Discernment Guard Corps Force Forces Army Navy Air Mission Permanent University Institute " +
    "Francisco San Johannesburg Kazan Washington London Paris Tokyo Brussels Geneva Dubai Riyadh Doha " +
    "Hamas Hezbollah Xinhua Reuters Brics BRICS SCO GDI GSI JCPOA COVID Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December Palestinian Israeli Islamic Revolution Revolutionary Court Supreme Power Oil"
  ).split(" "),
);

/** Headline verbs that title case makes look like names ("Xi Jinping Speaks with …"). */
const HEADLINE_VERBS = /^(Says|Speaks|Meets|Pledges|Vows|Calls|Urges|Holds|Visits|Signs|Warns|Tells|Welcomes|Hails|Slams|Backs|Seeks|Wins|Talks|Agrees)$/;

const WORD = String.raw`(?:[A-Z][a-z]+|[A-Z]{1,2}[a-z]*|(?:al|el|bin|ibn|van|von|de|da)-?[A-Z][a-z]+)(?:[-'’][A-Za-z]+)*`;
const RUN = new RegExp(String.raw`${WORD}(?:\s+${WORD})*`, "g");

function stripPossessive(word: string): string {
  return word.replace(/['’]s$/, "");
}

/** Full names (two to four words) in a piece of text. */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(RUN)) {
    let words = match[0].split(/\s+/).map(stripPossessive);
    const verb = words.findIndex((w) => HEADLINE_VERBS.test(w));
    if (verb !== -1) words = words.slice(0, verb);
    // "Chinese President Xi Jinping", "Syria's Bashar al-Assad": titles and places before a name go.
    while (words.length > 0 && (TITLES.has(words[0]!) || NOT_NAMES.has(words[0]!))) words = words.slice(1);
    if (words.length < 2 || words.length > 4) continue;
    if (words.some((w) => NOT_NAMES.has(w) || TITLES.has(w))) continue;
    names.push(words.join(" "));
  }
  return names;
}

const articleNames = new WeakMap<Article, string[]>();

function fullNamesOf(article: Article): string[] {
  let names = articleNames.get(article);
  if (!names) {
    names = [...new Set(article.sentences.flatMap((s) => namesIn(s.text)))];
    articleNames.set(article, names);
  }
  return names;
}

/** The people a sentence mentions, by their full names as the article gives them. */
export function mentionedPeople(article: Article, sentence: Sentence): string[] {
  const full = fullNamesOf(article);
  const found = new Set(namesIn(sentence.text));
  for (const match of sentence.text.matchAll(/\b[A-Z][a-z]+(?:-[A-Za-z]+)?\b/g)) {
    const word = match[0];
    if (NOT_NAMES.has(word) || TITLES.has(word)) continue;
    const holders = full.filter((name) => name.split(" ").includes(word));
    if (holders.length === 1) found.add(holders[0]!);
  }
  return [...found];
}
