/** Vocabulary of the synthetic news: topic nouns and adjectives, event nouns, cities, outlets. */

export const TOPIC_NOUNS = [
  "tariffs", "ceasefire", "pipeline", "drought", "vaccines", "refinery", "semiconductors", "fisheries", "wheat",
  "railway", "bonds", "inflation", "pensions", "wages", "subsidies", "exports", "imports", "fertiliser",
  "reservoirs", "hydropower", "nuclear", "uranium", "lithium", "copper", "shipping", "ports", "airspace",
  "borders", "migrants", "refugees", "asylum", "housing", "rents", "mortgages", "hospitals", "nurses",
  "teachers", "schools", "universities", "broadband", "satellites", "drones", "missiles", "sanctions",
  "embargo", "corruption", "judges", "elections", "referendum", "constitution", "censorship", "journalists",
  "farmers", "fishermen", "miners", "truckers", "dockworkers", "tourism", "airlines", "visas", "remittances",
  "currency", "deficit", "budget", "taxes", "royalties", "forests", "wildfires", "floods", "glaciers",
  "coastline", "emissions", "coal", "solar", "turbines", "batteries", "hydrogen", "gasfields", "oilfields",
  "grain", "rice", "coffee", "cocoa", "cotton", "textiles", "steel", "aluminium", "shipyards", "highways",
  "bridges", "tunnels", "metro", "water", "sanitation", "cholera", "malaria", "pandemic", "insurance",
  "banks", "lenders", "debt", "creditors", "investors", "startups", "telecoms", "privacy", "cybersecurity",
  "militias", "peacekeepers", "landmines", "hostages", "prisoners", "amnesty", "protesters", "strikes",
];

export const TOPIC_ADJECTIVES = [
  "reckless", "unfair", "sustainable", "affordable", "illegal", "urgent", "temporary", "permanent", "regional",
  "coastal", "rural", "northern", "southern", "modern", "ambitious", "costly", "secret", "transparent",
  "binding", "voluntary", "punitive", "generous", "fragile", "durable", "historic", "bilateral", "strategic",
  "emergency", "digital", "renewable", "seasonal", "cross-border", "long-term", "sweeping", "modest", "bold",
  "unilateral", "humanitarian", "industrial", "agricultural", "maritime", "medical", "fiscal", "monetary",
];

export const EVENT_ADJECTIVES = [
  "Danube", "Baltic", "Andean", "Sahel", "Aegean", "Caspian", "Adriatic", "Atlantic", "Pacific", "Arctic",
  "alpine", "desert", "river", "highland", "lowland", "delta", "island", "frontier", "canal", "harbour",
  "northern", "southern", "eastern", "western", "coastal", "mountain", "valley", "lagoon", "steppe", "savanna",
];

export const EVENT_NOUNS = [
  "fisheries", "hydropower", "railway", "pipeline", "grain", "lithium", "copper", "shipping", "broadband",
  "vaccine", "refinery", "highway", "tunnel", "bridge", "port", "airport", "irrigation", "desalination",
  "solar", "wind", "hydrogen", "cable", "fibre", "satellite", "customs", "visa", "border", "migration",
  "water", "forestry", "mining", "fertiliser", "textile", "steel", "cocoa", "coffee", "cotton", "tourism",
];

export const CITIES = [
  "Gdańsk", "Kraków", "Porto", "Malmö", "Tromsø", "Łódź", "Plovdiv", "Mombasa", "Kumasi", "Curitiba", "Córdoba",
  "Sevilla", "Izmir", "Bursa", "Incheon", "Busan", "Chengdu", "Wuhan", "Xiamen", "Salzburg", "Graz", "Bergen",
  "Aarhus", "Turku", "Tampere", "Rotterdam", "Antwerp", "Ghent", "Lyon", "Marseille", "Toulouse", "Bilbao",
  "Valencia", "Naples", "Palermo", "Thessaloniki", "Varna", "Constanța", "Cluj", "Debrecen", "Brno", "Ostrava",
  "Košice", "Split", "Zadar", "Niš", "Skopje", "Tirana", "Odesa", "Lviv", "Kharkiv", "Batumi", "Tabriz",
  "Isfahan", "Mosul", "Basra", "Aqaba", "Alexandria", "Luxor", "Tangier", "Agadir", "Sfax", "Dakar", "Bamako",
  "Kano", "Ibadan", "Accra", "Kisumu", "Arusha", "Durban", "Windhoek", "Maputo", "Lusaka", "Recife", "Manaus",
  "Arequipa", "Cusco", "Medellín", "Cali", "Guayaquil", "Rosario", "Mendoza", "Valparaíso", "Monterrey",
];

export const OUTLETS = [
  "Meridian Wire", "The Harbour Post", "Continental Herald", "Daily Ledger", "Northern Courier", "Atlas News",
  "The Civic Review", "Horizon Times", "Global Desk", "The Morning Register",
];

export const INSTITUTIONS = [
  "the foreign ministry", "the finance ministry", "the trade ministry", "the central bank", "the defence ministry",
];

export const GROUPS = ["lawmakers", "donors", "neighbouring states", "investors", "regional partners", "the opposition", "trade unions"];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
