import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { request, Agent } from "node:http";

/** An application key pair, as Discord holds it: the public key in hex (as the Developer Portal shows it). */
export function keyPair(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" }) as { x: string };
  return { privateKey, publicKeyHex: Buffer.from(jwk.x, "base64url").toString("hex") };
}

/** Discord's signature headers for a body. */
export function signatureHeaders(privateKey: KeyObject, body: string | Buffer, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey).toString("hex");
  return { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
}

export interface HttpResult {
  status: number;
  body: any;
  text: string;
  ms: number;
}

export const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs raw bytes to the endpoint over loopback; never rejects on an HTTP status. */
export function post(url: string, body: string | Buffer, headers: Record<string, string>, { timeoutMs = 5_000, useAgent = true } = {}): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers },
        timeout: timeoutMs,
        ...(useAgent ? { agent } : { agent: false }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, text, ms: performance.now() - started });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
