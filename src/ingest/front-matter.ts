import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { isIsoDate } from "./dates-iso.js";
import { ArticleError } from "./errors.js";

/** The optional YAML header of an article file. Unknown keys are allowed and ignored. */
export const frontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[\p{L}\p{N}_.-]+$/u, "letters, digits, '_', '.' and '-' only")
    .optional(),
  title: z.string().trim().min(1, "must not be empty").optional(),
  outlet: z.string().trim().min(1, "must not be empty").optional(),
  url: z.url().optional(),
  published: z
    .string()
    .refine(isIsoDate, "must be a real date written YYYY-MM-DD")
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitArticle {
  frontMatter: FrontMatter;
  /** The text after the front matter, unchanged. */
  body: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*(?:\n|$)/m;

/** Separates and validates the front matter. `text` must use LF line endings. */
export function splitFrontMatter(text: string): SplitArticle {
  if (!text.startsWith("---\n") && !text.startsWith("---\t") && !text.startsWith("--- ")) {
    return { frontMatter: {}, body: text };
  }
  const match = FENCE.exec(text);
  if (!match || match.index !== 0) {
    throw new ArticleError("invalid front matter: opening '---' has no closing '---' line");
  }
  let raw: unknown = simpleFrontMatter(match[1] ?? "");
  try {
    // YAML 1.2 core schema: dates stay strings, which the schema checks.
    raw ??= parseYaml(match[1] ?? "", { schema: "core" }) ?? {};
  } catch (error) {
    const reason = (error instanceof Error ? error.message.split("\n")[0]! : String(error)).replace(/:\s*$/, "");
    throw new ArticleError(`invalid front matter: ${reason}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ArticleError("invalid front matter: expected 'key: value' lines");
  }
  const result = frontMatterSchema.safeParse(normalizeValues(raw as Record<string, unknown>));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join(".") || "front matter";
    throw new ArticleError(`invalid front matter: field '${field}' ${describeIssue(issue)}`);
  }
  return { frontMatter: result.data, body: text.slice(match[0].length) };
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\\n]*)"|(\p{L}[^#:"'\n]*?|\d{4}-\d{2}-\d{2}))[ \t]*$/u;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|null|nan|inf)$/i;

/**
 * The common case without a YAML parser: every line `key: "text"` or `key: plain words` (no
 * colon, quote, comment or YAML keyword; starting with a letter, so no number). Returns null for
 * anything else, which the YAML parser then reads; both give the same values for these lines
 * (a YYYY-MM-DD date is a string in YAML's core schema too).
 */
export function simpleFrontMatter(source: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of source.split("\n")) {
    if (line.trim() === "") continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || m[1]! in out) return null;
    const value = m[2] ?? m[3]!;
    if (m[3] !== undefined && YAML_WORDS.test(value.trim())) return null;
    out[m[1]!] = value;
  }
  return out;
}

/** Null values mean "not given"; numbers are accepted as ids. */
function normalizeValues(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) continue;
    out[key] = key === "id" && typeof value === "number" ? String(value) : value;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return `must be ${issue.expected === "string" ? "text" : issue.expected}`;
  return issue.message.replace(/^Invalid /, "must be a valid ");
}
