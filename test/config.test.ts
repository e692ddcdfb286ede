import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

describe("configuration", () => {
  it("has defaults for everything optional", () => {
    expect(parseConfig({})).toMatchObject({ VERBATIM_DATA_DIR: "data/articles", VERBATIM_MAX_FILE_MB: 5, LOG_LEVEL: "info", VERBATIM_CACHE_DIR: ".cache/verbatim" });
  });

  it("names the bad variable and never echoes its value", () => {
    const token = "not-a-token-secret-value";
    expect(() => parseConfig({ DISCORD_TOKEN: token })).toThrow(ConfigError);
    try {
      parseConfig({ DISCORD_TOKEN: token, LOG_LEVEL: "loud" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/DISCORD_TOKEN/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).not.toContain(token);
    }
    expect(() => parseConfig({ DISCORD_GUILD_ID: "abc" })).toThrow(/DISCORD_GUILD_ID: must be a Discord id/);
    expect(() => parseConfig({ VERBATIM_MAX_FILE_MB: "-1" })).toThrow(/VERBATIM_MAX_FILE_MB/);
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: " " }).DISCORD_TOKEN).toBeUndefined();
  });
});
