export { resolveDates } from "./resolve.js";
export { newsChrono } from "./chrono.js";
export { directionAt, type Direction } from "./tense.js";
