/** Verb forms: past tenses that tense, clause and event checks read. */

export const IRREGULAR_PAST = [
  "met", "said", "told", "held", "made", "took", "gave", "came", "went", "saw", "became", "began", "won",
  "lost", "left", "led", "sent", "spoke", "wrote", "brought", "bought", "thought", "fought", "found",
  "struck", "stood", "felt", "kept", "paid", "ran", "rose", "fell", "broke", "chose", "drove", "flew",
  "grew", "knew", "threw", "sought", "taught", "caught", "spent", "built", "sold", "shook", "got", "swore",
  "meant", "oversaw", "withdrew", "undertook", "hung", "sat", "fled", "forgave", "froze", "hid", "laid",
  "overthrew", "rode", "sang", "slid", "stole", "stuck", "swept", "tore", "woke", "wore", "was", "were",
  "had", "did", "forecast",
  "heard", "upheld", "withheld", "underwent", "understood", "shot", "drew", "dealt", "blew", "overcame", "forgot", "sank", "arose", "slept", "swam", "wept", "fed", "dug", "sprang", "overtook", "foresaw", "rebuilt", "rewrote", "retook", "mistook", "forbade",
];

/** Irregular simple-past verbs that "then" tells a sequence with ("then said", "then took"); regular ones end in -ed. */
export const THEN_PAST = ["said", "told", "met", "held", "spoke", "won", "began", "made", "sent", "struck", "wrote", "went", "took", "gave", "came", "left"];

/** Simple-past verbs that report an event: a meeting, a statement, an agreement, an attack. */
export const EVENT_VERBS = [
  "met", "said", "told", "signed", "held", "announced", "visited", "called", "spoke", "talked", "agreed",
  "pledged", "vowed", "urged", "warned", "reported", "welcomed", "congratulated", "thanked", "expressed",
  "stressed", "noted", "declared", "launched", "attacked", "killed", "died", "elected", "won", "arrived",
  "hosted", "attended", "discussed", "approved", "rejected", "denied", "sent", "made", "released",
  "issued", "imposed", "lifted", "struck", "fired", "invaded", "resigned", "appointed", "voted", "passed",
  "unveiled", "received", "proposed", "offered", "condemned", "criticised", "criticized", "praised",
  "accused", "confirmed", "reiterated", "promised", "demanded", "threatened", "ordered", "exchanged",
  "inaugurated", "opened", "concluded", "began", "ended", "hailed", "pointed", "mentioned", "emphasised",
  "emphasized", "underlined", "insisted", "wrote", "tweeted", "posted",
];
