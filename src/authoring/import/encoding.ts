/**
 * The text encoding of a file a clerk saved, decided from its bytes (browser-safe: the
 * editor reads dropped files as bytes too). German Excel writes "CSV (Trennzeichen-getrennt)"
 * in Windows-1252, "CSV UTF-8" with a byte-order mark, and "Unicode-Text" in UTF-16 LE with
 * tabs; LibreOffice and scripts write UTF-8 without one.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes `bytes`: a byte-order mark wins; UTF-16 without one is recognised by its zero
 * bytes; otherwise UTF-8 if the bytes are valid UTF-8, else Windows-1252 (which maps every
 * byte, so nothing is lost — an umlaut never becomes "�").
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decode('windows-1252', bytes), encoding: 'Windows-1252' };
  }
}

const decode = (label: string, bytes: Uint8Array) => new TextDecoder(label).decode(bytes);

/** Mostly-ASCII text in UTF-16 has a zero in every other byte: at odd offsets for LE, even for BE. */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'UTF-16LE';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'UTF-16BE';
  return undefined;
}
