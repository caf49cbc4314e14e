/** Reading and writing drafts byte-for-byte faithfully: UTF-8 with or without BOM, UTF-16 with BOM. */

/** How a draft's bytes encode its text. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoded draft: its text (a BOM stays in the text as U+FEFF, so offsets match the file) and its encoding. */
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** Decodes a draft: UTF-16 when it starts with a UTF-16 BOM, otherwise strict UTF-8; binary content is refused. */
export function decodeDraft(bytes: Uint8Array): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    if (utf16 === 'utf-16le') return { ok: true, text: utf16le.decode(bytes), encoding: utf16 };
    if (utf16 === 'utf-16be') return { ok: true, text: utf16be.decode(bytes), encoding: utf16 };
  } catch {
    return { ok: false, message: 'starts with a UTF-16 byte order mark but is not valid UTF-16; skipped' };
  }
  // The whole file is searched (a byte search, far cheaper than the lint): a NUL deep inside is binary too.
  if (bytes.includes(0)) return { ok: false, message: 'looks like a binary file (it contains NUL bytes); skipped' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, message: 'is not valid UTF-8 text; skipped' };
  }
}

/** Encodes text back to bytes in the draft's own encoding (a leading U+FEFF becomes that encoding's BOM). */
export function encodeDraft(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}
