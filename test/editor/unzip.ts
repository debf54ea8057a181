/**
 * A minimal ZIP reader for tests (stored entries only), written independently of
 * src/editor/zip.ts: finds the end record, walks the central directory, reads each local
 * header, checks that both agree and that every CRC-32 (computed bit by bit here) matches.
 */
export interface UnzippedEntry {
  name: string;
  data: Uint8Array;
  crc: number;
  method: number;
  flags: number;
  dosTime: number;
  dosDate: number;
}

function crcBitwise(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

export function unzip(bytes: Uint8Array): UnzippedEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory record');
  const count = view.getUint16(end + 10, true);
  if (view.getUint16(end + 8, true) !== count) throw new Error('entry counts differ');
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (at + size !== end) throw new Error(`central directory ${at}+${size} does not end at the end record ${end}`);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`no central directory entry at ${at}`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const length = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
    if (method !== 0 || compressed !== length) throw new Error(`${name} is not stored`);
    if (view.getUint32(offset, true) !== 0x04034b50) throw new Error(`no local header for ${name}`);
    if (view.getUint32(offset + 14, true) !== crc || view.getUint32(offset + 22, true) !== length) throw new Error(`local header of ${name} disagrees`);
    const localName = decoder.decode(bytes.subarray(offset + 30, offset + 30 + view.getUint16(offset + 26, true)));
    if (localName !== name) throw new Error(`local name ${localName} ≠ ${name}`);
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = bytes.slice(start, start + length);
    if (crcBitwise(data) !== crc) throw new Error(`CRC-32 of ${name} does not match`);
    entries.push({ name, data, crc, method, flags, dosTime, dosDate });
  }
  return entries;
}
