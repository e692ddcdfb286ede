import { randomBytes } from "node:crypto";
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from "discord.js";
import type { Incoming } from "./interaction.js";
import { LIMITS } from "./limits.js";
import { describeError, type Logger } from "./log.js";

/** custom_id of a paging button: "vb:pg:<session>:<page>" (well under 100 characters). */
const PREFIX = "vb:pg:";

/** Interaction tokens last 15 minutes; the message must be edited (buttons removed) before that. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
const DEFAULT_IDLE_MS = 5 * 60_000;

/** Something whose reply message can still be edited: the command, or the latest button click. */
type Editor = Pick<Incoming["respond"], "editReply">;

interface Session {
  userId: string;
  pages: APIEmbed[];
  page: number;
  editor: Editor;
  timer: NodeJS.Timeout;
}

export interface PagerOptions {
  log: Logger;
  /** How long the buttons keep working after the last use (at most 14 minutes). */
  idleMs?: number;
  /** Sessions kept at most; the oldest is closed first. */
  maxSessions?: number;
}

export const NOTE_EXPIRED = "These buttons have expired — ask again to browse the results.";
export const NOTE_NOT_YOURS = "Only the person who asked can turn these pages. Run the command yourself to browse.";

/**
 * Paged replies: Previous/Next buttons whose custom_id names an in-memory session. Only the
 * asker can page; after `idleMs` without a click the buttons are removed; a click on a button
 * whose session is unknown (expired, or from before a restart) gets an ephemeral "expired" note.
 */
export class Pager {
  private readonly sessions = new Map<string, Session>();
  private readonly idleMs: number;
  private readonly maxSessions: number;
  private readonly log: Logger;

  constructor({ log, idleMs = DEFAULT_IDLE_MS, maxSessions = 500 }: PagerOptions) {
    this.log = log;
    this.idleMs = Math.min(Math.max(idleMs, 1), TOKEN_LIFETIME_MS - 60_000);
    this.maxSessions = maxSessions;
  }

  /** Starts a session for a reply with several pages; returns the components of its first page. */
  open(userId: string, pages: APIEmbed[], editor: Editor): APIActionRowComponent<APIButtonComponent>[] {
    if (pages.length < 2) return [];
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      void this.close(oldest);
    }
    const id = randomBytes(6).toString("base64url");
    const session: Session = { userId, pages, page: 0, editor, timer: this.startTimer(id) };
    this.sessions.set(id, session);
    return buttons(id, 0, pages.length);
  }

  /** True for the custom_ids this pager makes (also those of sessions long gone). */
  owns(customId: string): boolean {
    return customId.startsWith(PREFIX);
  }

  /** Answers a click on a paging button. Always acknowledges the interaction exactly once. */
  async click(interaction: Incoming): Promise<void> {
    const [id, pageText] = (interaction.customId ?? "").slice(PREFIX.length).split(":");
    const session = id ? this.sessions.get(id) : undefined;
    const page = Number(pageText);
    if (!id || !session || !Number.isInteger(page) || page < 0 || page >= session.pages.length) {
      await interaction.respond.reply({ content: NOTE_EXPIRED }, { ephemeral: true });
      return;
    }
    if (interaction.userId !== session.userId) {
      await interaction.respond.reply({ content: NOTE_NOT_YOURS }, { ephemeral: true });
      return;
    }
    session.page = page;
    session.editor = interaction.respond;
    clearTimeout(session.timer);
    session.timer = this.startTimer(id);
    await interaction.respond.update({
      embeds: [session.pages[page]!],
      components: buttons(id, page, session.pages.length),
    });
  }

  /** Number of live sessions (for tests and logs). */
  get size(): number {
    return this.sessions.size;
  }

  /** Ends every session; with `removeButtons`, edits the messages to drop their buttons. */
  async closeAll(removeButtons = false): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id, removeButtons)));
  }

  private startTimer(id: string): NodeJS.Timeout {
    const timer = setTimeout(() => void this.close(id), this.idleMs);
    timer.unref();
    return timer;
  }

  private async close(id: string, removeButtons = true): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    clearTimeout(session.timer);
    if (!removeButtons) return;
    try {
      await session.editor.editReply({ components: [] });
    } catch (error) {
      // The message may be gone (deleted by a moderator); nothing else to do.
      this.log.debug("could not remove paging buttons", { session: id, ...describeError(error) });
    }
  }
}

function buttons(id: string, page: number, total: number): APIActionRowComponent<APIButtonComponent>[] {
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => {
    const customId = `${PREFIX}${id}:${target}`;
    if (customId.length > LIMITS.customId) throw new Error("custom_id over Discord's limit");
    return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled };
  };
  return [
    {
      type: ComponentType.ActionRow,
      components: [button("◀ Previous", page - 1, page === 0), button("Next ▶", page + 1, page === total - 1)],
    },
  ];
}
