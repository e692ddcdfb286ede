/**
 * Name material for the synthetic corpus: given and family names with accents, multi-part given
 * names, compound family names, particles ("al-", "von der"), and family-name-first names.
 */

export const GIVEN_FEMALE = [
  "María", "Zoë", "Małgorzata", "Ana", "Inês", "Åsa", "Çağla", "Renée", "Thérèse", "Dóra", "Eliška",
  "Agnieszka", "Eleni", "Oksana", "Aisha", "Fatima", "Leila", "Amara", "Ngozi", "Lucía", "Sofía", "Ingrid",
  "Astrid", "Anouk", "Siobhán", "Camila", "Valentina", "Pilar", "Noémie", "Hélène", "Ilse", "Ulrike",
  "Katarína", "Mette", "Guðrún", "Marta", "Beatriz", "Elif", "Deniz", "Yasmin", "Nadia", "Olena", "Irène",
  "Magdalena", "Zsófia", "Kristýna", "Annika", "Birgit", "Rosalía", "Mariam", "Salma", "Wanjiru", "Adaeze",
];

export const GIVEN_MALE = [
  "José", "Łukasz", "Søren", "François", "Jürgen", "Dragan", "Ivo", "João", "Björn", "Emre", "Ömer",
  "Zoltán", "Miloš", "Jiří", "Tomáš", "Paweł", "Giorgos", "Nikolai", "Taras", "Karim", "Yusuf", "Kwame",
  "Chidi", "Sipho", "Thabo", "Andrés", "Raúl", "Héctor", "Henrik", "Pieter", "Ciarán", "Mateus", "Thiago",
  "Matías", "Gonzalo", "Stéphane", "Jérôme", "Grégoire", "Rüdiger", "Jörg", "Rasmus", "Ólafur", "Tiago",
  "Rafael", "Hakan", "Bogdan", "Vuk", "Aleksandar", "Dmytro", "Mehmet", "Tariq", "Bilal", "Kofi", "Oluwaseun",
];

/** Two given names written as one ("Ana Lúcia", "Jean-Luc"). */
export const MULTI_GIVEN = [
  "Ana Lúcia", "María José", "Jean-Luc", "Marie-Claire", "João Pedro", "Anna-Lena", "Luis Miguel", "Eva Maria",
  "Jan Willem", "Hans-Peter", "Maria Eduarda", "Juan Carlos", "Karl-Heinz", "Ana Beatriz",
];

export const FAMILY = [
  "Álvarez", "Wójcik", "Müller", "Ferraz", "Marković", "Nørgaard", "Dubois", "Kovács", "Novák", "Petrović",
  "Szabó", "Nowak", "Lindqvist", "Jansen", "O'Connor", "Papadopoulos", "Shevchenko", "Bondarenko", "Haddad",
  "Mansour", "Okafor", "Mensah", "Nkosi", "Dlamini", "García", "Fernández", "Rodríguez", "Muñoz", "Peña",
  "Castaño", "Ibáñez", "Søndergaard", "Öztürk", "Yılmaz", "Şahin", "Çelik", "Kaya", "Erdem", "Björklund",
  "Håkansson", "Lefèvre", "Girard", "Rousseau", "Brandão", "Gonçalves", "Conceição", "Magalhães", "Schröder",
  "Weiß", "Krämer", "Dvořák", "Horváth", "Tóth", "Nagy", "Kowalczyk", "Zieliński", "Lewandowska", "Jovanović",
  "Kovačević", "Popescu", "Ionescu", "Vásquez", "Quiñones", "Adeyemi", "Boateng", "Ncube", "Moyo", "Karimi",
  "Rahimi", "Hosseini", "Farouk", "Qureshi", "Siddiqui", "Chaudhry", "Bhattacharya", "Raghunathan", "Iyer",
  "Menon", "Kapoor", "Tanaka", "Sato", "Watanabe", "Andersson", "Virtanen", "Mäkinen", "Korhonen", "Łęcki",
  "Halvorsen", "Østergaard", "Aurélio", "Estévez", "Saldaña", "Núñez", "Ortiz", "Bakker", "Visser", "Mertens",
  "Claes", "Varga", "Molnár", "Balogh", "Stoica", "Dumitrescu", "Kuznetsov", "Sokolova", "Mirzoyan",
  "Abdullayev", "Nazarbekov", "Toure", "Diallo", "Ouedraogo", "Keïta", "Benali", "Chraïbi", "Zouari",
];

/** Compound family names (two words, both used in full). */
export const COMPOUND_FAMILY = ["García Peña", "Sánchez Ruiz", "López Obrador", "Castro Neves", "Silva Ramos", "Herrera Lobo"];

/** Names with particles: [given, particle family]. */
export const PARTICLE_NAMES: Array<[string, string]> = [
  ["Omar", "al-Khatib"], ["Hassan", "al-Masri"], ["Layla", "al-Rashid"], ["Faisal", "al-Otaibi"], ["Samir", "el-Amin"],
  ["Ursula", "von der Brück"], ["Friedrich", "von Hohenau"], ["Pieter", "van den Berg"], ["Anke", "van der Meer"],
  ["Pedro", "de la Vega"], ["Carla", "da Silveira"], ["Luca", "di Stefano"], ["Rania", "bin Saleh"], ["Khalid", "bin Nasser"],
];

/** Family-name-first names: [family, given]. */
export const CHINESE_FAMILY = [
  "Zhao", "Chen", "Liu", "Huang", "Zhou", "Xu", "Sun", "Zhu", "Guo", "Lin", "Luo", "Gao", "Zheng", "Liang",
  "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
  "Jiang", "Cheng", "Wei", "Shen", "Yao", "Qin", "Fang",
];
export const CHINESE_GIVEN = [
  "Lijun", "Meiling", "Jianguo", "Xiaoming", "Haiyan", "Wentao", "Yiming", "Guoqiang", "Hongmei", "Zhiwei",
  "Jiahui", "Xueqin", "Yunfei", "Shuang", "Weidong", "Chunhua", "Jinsong", "Qiuyue", "Baozhen", "Yanling",
];
export const KOREAN_FAMILY = ["Park", "Kim", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin"];
export const KOREAN_GIVEN = ["Ji-hoon", "Min-jung", "Seo-yeon", "Hyun-woo", "Eun-ji", "Sung-min", "Da-eun", "Jae-won"];
/** Vietnamese: family, middle, given (written in full). */
export const VIETNAMESE: Array<[string, string, string]> = [
  ["Nguyễn", "Văn", "Thành"], ["Trần", "Thị", "Mai"], ["Lê", "Minh", "Tuấn"], ["Phạm", "Quang", "Huy"],
  ["Hoàng", "Đức", "Anh"], ["Vũ", "Thị", "Hương"], ["Đặng", "Văn", "Long"], ["Bùi", "Thanh", "Sơn"],
];

export const NATIONALITY_BY_STYLE: Record<string, string[]> = {
  western: [
    "Serbian", "Polish", "Brazilian", "Portuguese", "Spanish", "German", "French", "Danish", "Swedish", "Hungarian",
    "Czech", "Greek", "Ukrainian", "Turkish", "Nigerian", "Ghanaian", "Kenyan", "Mexican", "Chilean", "Dutch",
    "Belgian", "Romanian", "Finnish", "Norwegian", "Irish", "Indian", "Japanese", "Moroccan", "Tunisian",
  ],
  particle: ["Jordanian", "Saudi", "Egyptian", "German", "Dutch", "Spanish", "Italian", "Emirati", "Lebanese"],
  chinese: ["Chinese"],
  korean: ["Korean"],
  vietnamese: ["Vietnamese"],
};

export const OFFICES = [
  "President", "Prime Minister", "Foreign Minister", "Finance Minister", "Trade Minister", "Defence Minister",
  "Energy Minister", "Health Minister", "Interior Minister", "Agriculture Minister", "Economy Minister",
];
