/**
 * HTTP interactions mode: Discord POSTs each interaction to `/interactions`; we verify its
 * Ed25519 signature, and the first response travels back as the HTTP response body (PONG,
 * a message, "thinking…", an update or autocomplete choices). Later edits go to the webhook
 * endpoints with the interaction token — no bot token and no gateway connection are needed.
 * The handlers, dispatcher and rendering are the gateway mode's own (src/discord/).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { REST, InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from "discord.js";
import { ask as askCore } from "../answer/ask.js";
import { COMMANDS } from "../commands/index.js";
import type { AskFunction, CommandContext } from "../commands/types.js";
import type { Corpus } from "../corpus/corpus.js";
import { asHolder, type CorpusHolder } from "../corpus/store.js";
import { createDispatcher } from "../commands/dispatch.js";
import { toIncoming } from "../discord/interaction.js";
import { describeError, type Logger } from "../discord/log.js";
import { Pager } from "../discord/pager.js";
import { logRateLimits, restTransport } from "../discord/transport.js";
import { publicKeyFromHex, verifyRequest } from "./verify.js";

/** Discord's interaction payloads are a few KB (a button click carries its message: under 64 KB). */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** Discord waits 3 s for the first response; a handler that has not answered by then has failed. */
const FIRST_RESPONSE_TIMEOUT_MS = 2_900;
/** How long an interaction id is remembered to answer a replay: Discord's signature timestamps are checked within five minutes. */
const REPLAY_WINDOW_MS = 10 * 60_000;
/** Interaction ids remembered at most; the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;

export interface InteractionsServerOptions {
  /** The application's public key, 64 hex digits. */
  publicKey: string;
  port: number;
  host?: string;
  corpus: Corpus | CorpusHolder;
  log: Logger;
  ask?: AskFunction;
  /** REST API base URL for webhook edits (default: Discord's). */
  apiUrl?: string;
  pageIdleMs?: number;
  maxBodyBytes?: number;
  /** On stop, wait at most this long for replies in flight. */
  drainMs?: number;
}

export interface InteractionsServer {
  server: Server;
  port: number;
  url: string;
  readonly inFlight: number;
  /** Stops taking connections, finishes replies in flight (bounded), then closes. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startInteractionsServer(options: InteractionsServerOptions): Promise<InteractionsServer> {
  const { log, host = "0.0.0.0", maxBodyBytes = DEFAULT_MAX_BODY_BYTES, drainMs = 8_000 } = options;
  const key = publicKeyFromHex(options.publicKey);
  // Only interaction-token webhook calls go through this client, and Discord exempts those from
  // the global rate limit (per-route limits still apply and are honoured from the headers), so
  // discord.js's client-side global cap of 50 requests/s is lifted here.
  const rest = new REST({ version: "10", globalRequestsPerSecond: 10_000, ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  logRateLimits(rest, log);
  const holder = asHolder(options.corpus);
  const pager = new Pager({ log, ...(options.pageIdleMs !== undefined ? { idleMs: options.pageIdleMs } : {}) });
  const context: CommandContext = { corpus: holder, ask: options.ask ?? askCore, pager, log, commands: COMMANDS };
  const dispatch = createDispatcher(context);
  let stopping = false;

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      log.error("interactions request failed", describeError(error));
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.destroy();
    });
  });
  // Slow or stalled clients cannot hold connections open for long.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 100;

  /** Interactions answered in the last REPLAY_WINDOW_MS, by id: their first response (null if none came). */
  const recent = new Map<string, { at: number; response: Promise<APIInteractionResponse | null> }>();
  function remember(id: string, first: Promise<APIInteractionResponse>): void {
    const now = Date.now();
    for (const [key, entry] of recent) {
      if (now - entry.at <= REPLAY_WINDOW_MS && recent.size < MAX_REMEMBERED) break;
      recent.delete(key);
    }
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_RESPONSE_TIMEOUT_MS + 1_000).unref());
    recent.set(id, { at: now, response: Promise.race([first, timeout]) });
  }
  function answeredRecently(id: string): Promise<APIInteractionResponse | null> | null {
    const entry = recent.get(id);
    return entry && Date.now() - entry.at <= REPLAY_WINDOW_MS ? entry.response : null;
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/health" && (req.method === "GET" || req.method === "HEAD")) {
      const corpus = holder.current();
      send(res, stopping ? 503 : 200, { status: stopping ? "stopping" : "ok", articles: corpus.articles.length, inFlight: dispatch.inFlight });
      return;
    }
    if (path !== "/interactions") return send(res, 404, { error: "not found" });
    if (req.method !== "POST") {
      res.setHeader("allow", "POST");
      return send(res, 405, { error: "method not allowed" });
    }
    // Discord sends JSON; anything else is refused before it is read.
    const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return send(res, 415, { error: "content type must be application/json" });
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBodyBytes) return refuseTooLarge(req, res, maxBodyBytes);
    const body = await readBody(req, maxBodyBytes);
    if (body === "too large") return refuseTooLarge(req, res, maxBodyBytes);
    if (body === "aborted") return;

    const verdict = verifyRequest(key, req.headers["x-signature-ed25519"], req.headers["x-signature-timestamp"], body);
    if (!verdict.ok) {
      log.debug("refused an interactions request", { reason: verdict.reason, from: req.socket.remoteAddress });
      return send(res, 401, { error: "invalid request signature" });
    }
    let raw: APIInteraction;
    try {
      raw = JSON.parse(body.toString("utf8")) as APIInteraction;
      if (!raw || typeof raw !== "object" || typeof raw.type !== "number") throw new Error("not an interaction");
    } catch {
      return send(res, 400, { error: "body is not an interaction" });
    }
    if (raw.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    if (typeof raw.id !== "string" || typeof raw.token !== "string" || typeof raw.application_id !== "string") {
      return send(res, 400, { error: "body is not an interaction" });
    }
    // A command, autocomplete, component or modal interaction carries its data.
    const data = (raw as { data?: unknown }).data;
    if (data === null || typeof data !== "object") return send(res, 400, { error: "interaction without data" });
    // The same signed interaction replayed inside the timestamp window is answered with the first
    // response, and not run again (replicas do not share this memory: docs/operations.md).
    const earlier = answeredRecently(raw.id);
    if (earlier) {
      const response = await earlier;
      return response ? send(res, 200, response) : send(res, 409, { error: "interaction already handled" });
    }

    // The first response the handler makes is this HTTP response; the rest go over REST.
    let answered = false;
    let resolveFirst!: (body: APIInteractionResponse) => void;
    const first = new Promise<APIInteractionResponse>((resolve) => (resolveFirst = resolve));
    remember(raw.id, first);
    const callback = (response: APIInteractionResponse) =>
      new Promise<void>((resolve, reject) => {
        if (answered) return reject(new Error("interaction already acknowledged"));
        if (res.destroyed) return reject(new Error("Discord's request is gone (closed or timed out)"));
        answered = true;
        resolveFirst(response);
        const json = JSON.stringify(response);
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        // Resolved once the response is handed to the socket, so an edit cannot overtake it.
        res.end(json, () => resolve());
      });
    const handled = dispatch(toIncoming(raw, restTransport(rest, raw, callback)));
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      first.then(() => "answered" as const),
      handled.then(() => "finished" as const),
      new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), FIRST_RESPONSE_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    if (outcome !== "answered" && !answered) {
      answered = true;
      log.error(outcome === "timeout" ? "no first response within 3 s" : "handler finished without answering", { interaction: raw.id, type: raw.type });
      send(res, 500, { error: "no response" });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const url = `http://${shownHost}:${port}/interactions`;
  log.info(`HTTP interactions endpoint listening on ${host}:${port} (POST /interactions, GET /health); answering /${COMMANDS.map((c) => c.name).join(", /")}`);

  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      // No new connections; idle keep-alive connections close now, busy ones after their reply.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const left = await dispatch.drain(drainMs);
      if (left > 0) log.warn(`stopping with ${left} repl${left === 1 ? "y" : "ies"} unfinished after ${drainMs} ms`);
      await pager.closeAll(false);
      server.closeAllConnections();
      await closed;
      log.info("HTTP interactions endpoint closed");
    })();
    return stopped;
  };

  return {
    server,
    port,
    url,
    get inFlight() {
      return dispatch.inFlight;
    },
    stop,
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) }).end(json);
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  // Say so, then drop the connection rather than read the rest of a hostile body.
  res.setHeader("connection", "close");
  send(res, 413, { error: `body over ${limit} bytes` });
  req.resume();
  res.on("finish", () => req.socket.destroy());
}

/** The raw body (signatures cover the exact bytes), or why it could not be read. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: Buffer | "too large" | "aborted") => {
      if (done) return;
      done = true;
      req.off("data", onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish("too large");
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => finish(Buffer.concat(chunks)));
    req.on("error", () => finish("aborted"));
    req.on("close", () => finish(req.complete ? Buffer.concat(chunks) : "aborted"));
  });
}
