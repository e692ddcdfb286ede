import { suggestSpeakers } from "../answer/speakers.js";
import type { Incoming } from "../discord/interaction.js";
import { LIMITS } from "../discord/limits.js";
import type { CommandContext } from "./types.js";

/**
 * Autocomplete for a speaker option: answered from memory (autocomplete cannot be deferred),
 * at most 25 choices of at most 100 characters, best match first.
 */
export async function autocompleteSpeaker(interaction: Incoming, context: CommandContext): Promise<void> {
  const focused = interaction.options.find((option) => option.focused);
  const typed = String(focused?.value ?? "").slice(0, 200);
  const names = suggestSpeakers(context.corpus.current(), typed, LIMITS.autocompleteChoices);
  const seen = new Set<string>();
  const choices = [];
  for (const name of names) {
    // A longer name cannot be sent whole as a value; the value is what the user then submits.
    const value = name.slice(0, LIMITS.autocompleteChoiceValue);
    if (seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: name.length > LIMITS.autocompleteChoiceName ? `${name.slice(0, LIMITS.autocompleteChoiceName - 1)}…` : name, value });
  }
  await interaction.respond.autocomplete(choices.slice(0, LIMITS.autocompleteChoices));
}
