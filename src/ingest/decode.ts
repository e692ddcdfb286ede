import { ArticleError } from "./errors.js";

/**
 * Turns the bytes of an article file into text with LF line endings.
 * Handles a UTF-8 BOM and UTF-16 files that carry a BOM; rejects empty and binary files.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError("empty file");
  const text = normalizeNewlines(decodeText(bytes));
  if (text.trim() === "") throw new ArticleError("empty file (only whitespace)");
  return text;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode("utf-16be", bytes.subarray(2));
  if (bytes.includes(0)) {
    if (looksLikeUtf16WithoutBom(bytes)) {
      throw new ArticleError("UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)");
    }
    throw new ArticleError("binary file (contains NUL bytes), not UTF-8 text");
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return strictDecode("utf-8", bytes.subarray(start));
}

/** Mostly-ASCII UTF-16: every other byte is NUL, on one side. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.min(Math.floor(bytes.length / 2), 512);
  if (pairs < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  return (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) || (evenNul > pairs * 0.6 && oddNul < pairs * 0.05);
}

function strictDecode(encoding: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
      throw new ArticleError(`binary file (control characters), not ${encoding.toUpperCase()} text`);
    }
    return text;
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    throw new ArticleError(`binary file or not ${encoding.toUpperCase()} text`);
  }
}

/** CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
