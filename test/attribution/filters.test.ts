import { describe, expect, it } from "vitest";
import { FILTERS, findAttributions } from "../../src/extract/quotes/attribution/index.js";
import { dropDatelineFilter } from "../../src/extract/quotes/attribution/filters/dateline.js";
import { dropLoneRelaysFilter } from "../../src/extract/quotes/attribution/filters/lone-relays.js";
import { markRelaysFilter } from "../../src/extract/quotes/attribution/filters/mark-relays.js";
import { trimContentsFilter } from "../../src/extract/quotes/attribution/filters/trim-contents.js";
import { read, statementsOf } from "./helpers.js";

const who = (text: string) => findAttributions(text).map((a) => read(text, a));

describe("filters", () => {
  it("run in one order: relays marked, words trimmed, datelines cut, lone relays dropped", () => {
    expect(FILTERS.map((f) => f.name)).toEqual([markRelaysFilter.name, trimContentsFilter.name, dropDatelineFilter.name, dropLoneRelaysFilter.name]);
  });

  it("mark relays: the agency that closes a quotation relays its speaker's words", () => {
    const text = "Xi said China would “never waver”, Xinhua said.";
    expect(who(text)).toMatchObject([{ speaker: "Xi", relay: false }, { speaker: "Xinhua", relay: true }]);
  });

  it("trim contents: one speaker's words end where the next attribution starts", () => {
    const text = "Ruiz said the port would open in May, while Kale said it would be June.";
    expect(who(text)).toMatchObject([{ speaker: "Ruiz", words: "the port would open in May" }, { speaker: "Kale", words: "it would be June." }]);
  });

  it("drop dateline: a wire dateline is no one's words", () => {
    const text = "LISBON, March 3 (Reuters) - The port will open in May, Ruiz said.";
    expect(who(text)).toMatchObject([{ speaker: "Ruiz", words: "The port will open in May," }]);
  });

  it("drop lone relays: an outlet that only reports is not a speaker", () => {
    expect(who("The port will open in May, Xinhua reported.")).toEqual([]);
    expect(who("The port will open in May, Ruiz said.")).toMatchObject([{ speaker: "Ruiz" }]);
  });

  it("leave each speaker their own words, end to end", () => {
    expect(statementsOf("Finance Minister Ana Ruiz said the port would open in May, while Transport Minister Tom Kale said it would be June.")).toEqual([
      { speaker: "Ana Ruiz", quote: "the port would open in May", kind: "reported", via: null },
      { speaker: "Tom Kale", quote: "it would be June", kind: "reported", via: null },
    ]);
  });
});
