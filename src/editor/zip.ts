/**
 * A small ZIP writer for the editor's pack export: "stored" entries only (no compression —
 * the pack's files are JSON that a host compresses anyway), UTF-8 names, no ZIP64 (so at most
 * 65 535 files and 4 GiB). Local headers, data, central directory, end record (APPNOTE 6.3).
 */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, e.g. `text/de.3f9a….json`. */
  name: string;
  data: Uint8Array;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP and gzip use it. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date (local time, 2-second steps, 1980…2107) of `date`. */
function dosTime(date: Date): [time: number, date: number] {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return [(date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1), ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()];
}

/** The bytes of a ZIP file holding `entries` in this order, each stamped with `modified`. */
export function createZip(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array<ArrayBuffer> {
  if (entries.length > 0xffff) throw new RangeError('A ZIP without ZIP64 holds at most 65535 files.');
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const [time, date] = dosTime(modified);
  const local = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.data.length, 0);
  const central = names.reduce((n, name) => n + 46 + name.length, 0);
  if (local + central > 0xffffffff) throw new RangeError('A ZIP without ZIP64 is at most 4 GiB.');
  const out = new Uint8Array(new ArrayBuffer(local + central + 22));
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  const crcs: number[] = [];
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  // Fields common to a local header (from "version needed") and a central directory entry.
  const common = (i: number) => {
    u16(20); // version needed: 2.0
    u16(0x0800); // flags: names are UTF-8
    u16(0); // method: stored
    u16(time);
    u16(date);
    u32(crcs[i]!);
    u32(entries[i]!.data.length); // compressed size = size
    u32(entries[i]!.data.length);
    u16(names[i]!.length);
    u16(0); // extra field length
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    crcs.push(crc32(e.data));
    u32(0x04034b50);
    common(i);
    out.set(names[i]!, at);
    at += names[i]!.length;
    out.set(e.data, at);
    at += e.data.length;
  });
  const centralStart = at;
  entries.forEach((_e, i) => {
    u32(0x02014b50);
    u16(20); // made by: MS-DOS attributes, 2.0
    common(i);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    out.set(names[i]!, at);
    at += names[i]!.length;
  });
  u32(0x06054b50);
  u16(0); // this disk
  u16(0); // disk with the central directory
  u16(entries.length);
  u16(entries.length);
  u32(central); // size of the central directory
  u32(centralStart);
  u16(0); // comment length
  return out;
}
