export { resolveDates } from "./resolve.js";
export { newsChrono } from "./chrono.js";
export { directionAt, type Direction } from "./tense.js";
export { DAY_WORDS } from "./refiners/quoted-day-words.js";
export { isPastSpan } from "./parsers/past-span.js";
