import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { simpleFrontMatter } from "../src/ingest/front-matter.js";

describe("front matter without the YAML parser", () => {
  it("reads the common lines as YAML does, and leaves everything else to YAML", () => {
    const piece = fc.constantFrom("a", "Zé", " ", ":", "#", '"', "'", "1", "2024-01-02", "true", "No", "null", "-", "\\", "[", "{", "https://x.y", "É");
    const value = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));
    const key = fc.constantFrom("title", "outlet", "url", "published", "id", "x-y");
    const line = fc.tuple(key, value, fc.boolean()).map(([k, v, quoted]) => `${k}: ${quoted ? `"${v}"` : v}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        const source = lines.join("\n");
        const fast = simpleFrontMatter(source);
        if (fast === null) return;
        expect(fast).toEqual(parse(source, { schema: "core" }) ?? {});
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the seed articles' front matter on the fast path", () => {
    expect(simpleFrontMatter('title: "Xi pledges"\noutlet: "Arab News"\nurl: "https://www.arabnews.com/node/2576709"\npublished: 2024-10-23')).toEqual({
      title: "Xi pledges",
      outlet: "Arab News",
      url: "https://www.arabnews.com/node/2576709",
      published: "2024-10-23",
    });
  });
});
