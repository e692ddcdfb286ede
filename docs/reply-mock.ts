/**
 * Renders docs/reply.html: an HTML mock of how Discord shows Verbatim's reply to
 * `/quote leader:Xi topic:ceasefire`, built from the bot's real embed and buttons
 * (renderReply + Pager) over the seed articles. docs/reply.png is a screenshot of it:
 *
 *   npx tsx docs/reply-mock.ts
 *   chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
 *     --disable-component-update --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" \
 *     --hide-scrollbars --window-size=740,285 --screenshot=docs/reply.png docs/reply.html
 */
import { writeFile } from "node:fs/promises";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord.js";
import { ask } from "../src/answer/ask.js";
import { loadCorpus } from "../src/corpus/index.js";
import { createLogger } from "../src/discord/log.js";
import { Pager } from "../src/discord/pager.js";
import { renderReply } from "../src/discord/render.js";

const corpus = await loadCorpus(new URL("../data/articles", import.meta.url).pathname);
const response = ask(corpus, { command: "quote", leader: "Xi", topic: "ceasefire", limit: 10 });
const reply = renderReply(response);
const pager = new Pager({ log: createLogger({ level: "error" }) });
const rows = pager.open("user", reply.pages, { editReply: async () => undefined } as never);
await pager.closeAll(false);
const embed = reply.pages[0];
if (!embed) throw new Error(`no quote to show: ${response.message ?? ""}`);

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Enough of Discord's markdown for the embed: block quote, masked links, escapes. */
function markdown(text: string): string {
  let html = escapeHtml(text);
  html = html.replace(/\[((?:\\.|[^\]])+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) => `<a href="${url}">${label}</a>`);
  html = html.replace(/\\([\\*_~`|>#[\]()-])/g, "$1");
  return html.replace(/\n/g, "<br>");
}

function embedHtml(e: APIEmbed): string {
  const color = `#${(e.color ?? 0x202225).toString(16).padStart(6, "0")}`;
  const description = e.description ?? "";
  const quoted = description.startsWith("&gt;&gt;&gt; ") || description.startsWith(">>> ");
  const body = quoted ? `<div class="quote">${markdown(description.replace(/^>>> /, ""))}</div>` : markdown(description);
  return `<div class="embed" style="border-left-color:${color}">
    ${e.author ? `<div class="author">${escapeHtml(e.author.name)}</div>` : ""}
    ${e.title ? `<div class="title">${markdown(e.title)}</div>` : ""}
    <div class="description">${body}</div>
    ${(e.fields ?? []).map((f) => `<div class="field"><div class="fname">${markdown(f.name)}</div><div class="fvalue">${markdown(f.value)}</div></div>`).join("")}
    ${e.footer ? `<div class="footer">${escapeHtml(e.footer.text)}</div>` : ""}
  </div>`;
}

function buttonsHtml(components: APIActionRowComponent<APIButtonComponent>[]): string {
  return components
    .map((row) => `<div class="row">${row.components.map((b) => `<span class="button${b.disabled ? " disabled" : ""}">${"label" in b ? escapeHtml(b.label ?? "") : ""}</span>`).join("")}</div>`)
    .join("");
}

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #313338; font-family: "gg sans", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #dbdee1; font-size: 15px; }
  .message { display: flex; gap: 14px; padding: 18px 20px; }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; flex: none; }
  .used { color: #b5bac1; font-size: 13px; margin-bottom: 4px; }
  .used b { color: #c9cdfb; font-weight: 500; }
  .name { color: #f2f3f5; font-weight: 600; }
  .tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 700; border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }
  .time { color: #949ba4; font-size: 12px; margin-left: 6px; }
  .content { margin: 2px 0 6px; }
  .embed { background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 10px 16px 14px 12px; max-width: 600px; margin-top: 4px; }
  .author { color: #f2f3f5; font-weight: 600; font-size: 14px; margin: 4px 0 8px; }
  .title { color: #f2f3f5; font-weight: 600; margin: 4px 0 8px; }
  .description { font-size: 14px; line-height: 1.4; }
  .quote { border-left: 4px solid #4e5058; padding-left: 12px; }
  .field { margin-top: 10px; font-size: 14px; line-height: 1.4; }
  .fname { color: #f2f3f5; font-weight: 600; margin-bottom: 2px; }
  a { color: #00a8fc; text-decoration: none; }
  .footer { color: #b5bac1; font-size: 12px; margin-top: 10px; }
  .row { display: flex; gap: 8px; margin-top: 8px; }
  .button { background: #4e5058; color: #fff; border-radius: 3px; padding: 6px 16px; font-size: 14px; font-weight: 500; }
  .button.disabled { opacity: 0.5; }
</style></head><body>
<div class="message">
  <div class="avatar">V</div>
  <div>
    <div class="used"><b>@alice</b> used <b>/quote</b></div>
    <div><span class="name">Verbatim</span><span class="tag">APP</span><span class="time">Today at 10:42</span></div>
    ${reply.content ? `<div class="content">${markdown(reply.content)}</div>` : ""}
    ${embedHtml(embed)}
    ${buttonsHtml(rows)}
  </div>
</div>
</body></html>
`;
await writeFile(new URL("./reply.html", import.meta.url), html);
console.log(`docs/reply.html: ${embed.footer?.text ?? ""}`);
