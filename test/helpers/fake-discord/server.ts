/**
 * A fake Discord on 127.0.0.1 for end-to-end tests of the real discord.js client:
 * - REST (`<apiUrl>/v10/...`): GET /gateway/bot (which names the gateway URL), /users/@me,
 *   /applications/@me, interaction callbacks, webhook edits and follow-ups, command registration.
 *   Every request is recorded; unknown routes are logged and answered 404 like Discord does.
 * - Gateway (WebSocket, JSON, no compression): HELLO, IDENTIFY (token and intents checked),
 *   READY, GUILD_CREATE, heartbeats and ACKs, then INTERACTION_CREATE dispatches on demand.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type ApplicationFlags,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIMessage,
  type GatewayIdentifyData,
  type GatewayReadyDispatchData,
  type GatewayReceivePayload,
  type GatewaySendPayload,
  type RESTGetAPIGatewayBotResult,
} from "discord-api-types/v10";
import { WebSocketServer, type WebSocket } from "ws";
import { APP_ID, BOT_USER, GUILD_ID, guildCreate, messageFrom, snowflake } from "./payloads.js";

export interface RecordedRequest {
  method: string;
  /** Path after the API version, e.g. "/interactions/1/tok/callback". */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface FakeDiscordOptions {
  token: string;
  heartbeatIntervalMs?: number;
  /** Print unknown routes to stderr (on by default). */
  logUnknown?: boolean;
  /** Holds every webhook edit (PATCH) this long before answering it, as a slow Discord would (0 by default). */
  editDelayMs?: number;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Requests whose response has been written back to the bot, in that order. */
  readonly answered: RecordedRequest[] = [];
  readonly unknownRequests: RecordedRequest[] = [];
  /** Gateway payloads received from the bot. */
  readonly received: GatewaySendPayload[] = [];
  identify: GatewayIdentifyData | null = null;
  heartbeatAcks = 0;

  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private socket: WebSocket | null = null;
  private sequence = 0;
  private readonly waiters: { test: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];
  private readyResolve!: () => void;
  /** Resolves once READY and GUILD_CREATE have been sent after a valid IDENTIFY. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.readyResolve = resolve));
  /** The message behind each interaction token (for webhook edits) and behind each interaction id. */
  private readonly originals = new Map<string, APIMessage>();
  private readonly interactions = new Map<string, APIInteraction>();
  private readonly httpTokens = new Set<string>();

  private constructor(private readonly options: Required<FakeDiscordOptions>) {
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
    });
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord({ heartbeatIntervalMs: 250, logUnknown: true, editDelayMs: 0, ...options });
    await new Promise<void>((resolve) => fake.http.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** What to pass as discord.js's `rest.api` (or DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Sends an INTERACTION_CREATE dispatch to the bot. */
  dispatchInteraction(interaction: APIInteraction): void {
    this.interactions.set(interaction.id, interaction);
    this.dispatch(GatewayDispatchEvents.InteractionCreate, interaction);
  }

  /**
   * HTTP interactions mode: the bot's first response is its HTTP response, which never reaches
   * this fake. Announce the interaction first, then hand over the response with
   * `httpResponded`; a webhook edit that arrives before that (it may: the bot edits right after
   * answering) starts the message from the edit.
   */
  expectHttpInteraction(interaction: APIInteraction): void {
    this.interactions.set(interaction.id, interaction);
    this.httpTokens.add(interaction.token);
  }

  /** Records the first response a bot sent as its HTTP response, as if it had come as a callback. */
  httpResponded(interaction: APIInteraction, body: any): void {
    if (this.originals.has(interaction.token) && body?.type === InteractionResponseType.DeferredChannelMessageWithSource) return;
    this.applyCallback(interaction, body);
  }

  /** Sends an interaction and waits for its callback; `ms` is how long the bot took to acknowledge it. */
  async interact(interaction: APIInteraction, timeoutMs = 5_000): Promise<{ callback: RecordedRequest; ms: number }> {
    const sent = Date.now();
    const pending = this.waitForRequest((r) => r.method === "POST" && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`, timeoutMs);
    this.dispatchInteraction(interaction);
    const callback = await pending;
    return { callback, ms: callback.at - sent };
  }

  /** Resolves with the first request (already received or future) that passes `test`. */
  waitForRequest(test: (request: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms; got ${this.requests.map((r) => `${r.method} ${r.path}`).join(", ")}`));
      }, timeoutMs);
      const waiter = {
        test,
        resolve: (request: RecordedRequest) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Requests made with an interaction's token (callback and webhook calls), in order. */
  requestsFor(interaction: APIInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  /** The message currently shown for an interaction's reply (after callbacks and edits). */
  originalOf(interaction: APIInteraction): APIMessage | undefined {
    return this.originals.get(interaction.token);
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // --- gateway ---

  private onConnection(ws: WebSocket): void {
    this.socket = ws;
    this.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    ws.on("message", (raw) => {
      let payload: GatewaySendPayload;
      try {
        payload = JSON.parse(raw.toString()) as GatewaySendPayload;
      } catch {
        ws.close(4002, "Decode error");
        return;
      }
      this.received.push(payload);
      this.onPayload(ws, payload);
    });
  }

  private onPayload(ws: WebSocket, payload: GatewaySendPayload): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeatAcks += 1;
        this.send({ op: GatewayOpcodes.HeartbeatAck, d: null as never, s: null, t: null });
        return;
      case GatewayOpcodes.Identify: {
        if (payload.d.token !== this.options.token) {
          ws.close(4004, "Authentication failed.");
          return;
        }
        this.identify = payload.d;
        const ready: GatewayReadyDispatchData = {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: `session-${snowflake()}`,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 as ApplicationFlags, flags_new: "0" },
        };
        this.dispatch(GatewayDispatchEvents.Ready, ready);
        this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreate());
        this.readyResolve();
        return;
      }
      case GatewayOpcodes.Resume:
        this.send({ op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
        return;
      default:
        return; // presence updates and the like: nothing to do
    }
  }

  private dispatch(t: GatewayDispatchEvents, d: unknown): void {
    this.sequence += 1;
    this.send({ op: GatewayOpcodes.Dispatch, t, s: this.sequence, d } as GatewayReceivePayload);
  }

  private send(payload: GatewayReceivePayload): void {
    if (!this.socket) throw new Error("fake Discord: the bot is not connected to the gateway");
    this.socket.send(JSON.stringify(payload));
  }

  // --- REST ---

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${this.port}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: any = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ""),
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(request);
    const [status, reply] = this.route(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(request)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
    if (request.method === "PATCH" && this.options.editDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.editDelayMs));
    const sent = () => this.answered.push(request);
    if (status === 204) {
      res.writeHead(204).end(sent);
      return;
    }
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(reply), sent);
  }

  private route(request: RecordedRequest): [number, unknown] {
    const { method, path, body } = request;
    const botAuth = request.authorization === `Bot ${this.options.token}`;
    const unauthorized: [number, unknown] = [401, { message: "401: Unauthorized", code: 0 }];
    let match: RegExpExecArray | null;

    if (method === "GET" && path === "/gateway/bot") {
      if (!botAuth) return unauthorized;
      const result: RESTGetAPIGatewayBotResult = {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      };
      return [200, result];
    }
    if (method === "GET" && path === "/gateway") return [200, { url: this.gatewayUrl }];
    if (method === "GET" && path === "/users/@me") return botAuth ? [200, BOT_USER] : unauthorized;
    if (method === "GET" && path === "/applications/@me") {
      return botAuth ? [200, { id: APP_ID, name: "Verbatim", icon: null, description: "", bot_public: true, bot_require_code_grant: false, flags: 0 }] : unauthorized;
    }

    if (method === "PUT" && (match = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!botAuth) return unauthorized;
      const commands = (body as Record<string, unknown>[]).map((command) => ({
        ...command,
        id: snowflake(),
        application_id: match![1],
        ...(match![2] ? { guild_id: match![2] } : {}),
        version: snowflake(),
        default_member_permissions: null,
        type: 1,
      }));
      return [200, commands];
    }

    if (method === "POST" && (match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.callback(match[1]!, match[2]!, body, request.query.get("with_response") === "true");
    }

    if ((match = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const [, , token, messageId] = match;
      if (messageId === "@original") {
        let original = this.originals.get(token!);
        if (!original && method === "PATCH" && this.httpTokens.has(token!)) original = messageFrom({});
        if (!original) return [404, { message: "Unknown Webhook", code: 10015 }];
        if (method === "GET") return [200, original];
        if (method === "DELETE") {
          this.originals.delete(token!);
          return [204, null];
        }
        if (method === "PATCH") {
          const edited = { ...original, ...this.messageFields(body), flags: (original.flags ?? 0) & ~MessageFlags.Loading, edited_timestamp: new Date().toISOString() };
          this.originals.set(token!, edited);
          return [200, edited];
        }
      }
      if (method === "POST" && !messageId) return [200, messageFrom(body)];
      if (method === "PATCH" && messageId) return [200, { ...messageFrom(body, messageId) }];
    }

    this.unknownRequests.push(request);
    if (this.options.logUnknown) process.stderr.write(`fake Discord: unknown route ${method} ${path}\n`);
    return [404, { message: "404: Not Found", code: 0 }];
  }

  /** Only the fields a message edit may change. */
  private messageFields(body: any): Partial<APIMessage> {
    const fields: Partial<APIMessage> = {};
    if (body && "content" in body) fields.content = body.content ?? "";
    if (body && "embeds" in body) fields.embeds = body.embeds ?? [];
    if (body && "components" in body) fields.components = body.components ?? [];
    return fields;
  }

  private callback(id: string, token: string, body: any, withResponse: boolean): [number, unknown] {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return [404, { message: "Unknown interaction", code: 10062 }];
    if (this.requests.filter((r) => r.method === "POST" && r.path === `/interactions/${id}/${token}/callback`).length > 1) {
      return [400, { message: "Interaction has already been acknowledged.", code: 40060 }];
    }
    const failed = this.applyCallback(interaction, body);
    if (failed) return failed;
    if (!withResponse) return [204, null];
    return [200, { interaction: { id, type: interaction.type }, resource: { type: body.type, message: this.originals.get(token) } }];
  }

  /** What Discord does with an interaction's first response; returns an error response if it is invalid. */
  private applyCallback(interaction: APIInteraction, body: any): [number, unknown] | null {
    const token = interaction.token;
    switch (body?.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        this.originals.set(token, messageFrom(body.data ?? {}));
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        this.originals.set(token, messageFrom({ ...(body.data ?? {}), flags: ((body.data?.flags as number) ?? 0) | MessageFlags.Loading }));
        break;
      case InteractionResponseType.UpdateMessage:
      case InteractionResponseType.DeferredMessageUpdate: {
        const message = "message" in interaction ? interaction.message : undefined;
        if (!message) return [400, { message: "Invalid Form Body", code: 50035 }];
        this.originals.set(token, { ...message, ...this.messageFields(body.data ?? {}) });
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
        break;
      default:
        return [400, { message: "Invalid Form Body", code: 50035 }];
    }
    return null;
  }
}
