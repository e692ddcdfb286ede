/**
 * `\s` of a regex (and what `String.prototype.trim` removes), one UTF-16 unit at a time: ASCII
 * spaces and controls, and the Unicode spaces. `test/extract-equivalence.test.ts` checks it
 * against `/\s/` on every unit.
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
