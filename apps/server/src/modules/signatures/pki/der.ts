/** Minimal DER framing for the few places where bytes must be kept exactly as they are. */

function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** A SEQUENCE whose content is the given, already encoded, elements. */
export function derSequence(...elements: Uint8Array[]): Uint8Array {
  const length = elements.reduce((sum, element) => sum + element.length, 0);
  const header = Uint8Array.of(0x30, ...encodeLength(length));
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let offset = header.length;
  for (const element of elements) {
    out.set(element, offset);
    offset += element.length;
  }
  return out;
}
