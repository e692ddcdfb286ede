/** Verb forms: the irregular past tenses that tense and clause checks read. */

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
