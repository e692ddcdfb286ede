import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** Requests whose timestamp is further than this from now (either way) are refused: no replays. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

/** The application's public key (Developer Portal → General Information → Public Key), 64 hex digits. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("an Ed25519 public key is 64 hex digits");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, "hex")]), format: "der", type: "spki" });
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * Checks Discord's signature of an interactions request: `X-Signature-Ed25519` (hex) over
 * `X-Signature-Timestamp` followed by the raw body, with the application's public key; and a
 * timestamp within five minutes of now. Every check runs on the untrusted strings before any
 * parsing of the body.
 */
export function verifyRequest(
  key: KeyObject,
  signature: string | string[] | undefined,
  timestamp: string | string[] | undefined,
  body: Buffer,
  nowMs: number = Date.now(),
): Verdict {
  if (typeof signature !== "string" || signature === "") return { ok: false, reason: "missing signature" };
  if (typeof timestamp !== "string" || timestamp === "") return { ok: false, reason: "missing timestamp" };
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return { ok: false, reason: "malformed signature" };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: "stale timestamp" };
  let valid = false;
  try {
    valid = verify(null, Buffer.concat([Buffer.from(timestamp, "utf8"), body]), key, Buffer.from(signature, "hex"));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: "bad signature" };
}
