// Draws the extension's icon (client/icon.png, 128x128): two quotation marks over a squiggly underline, the way an
// editor marks a quote that still needs its source. No dependencies: shapes are sampled 4x4 per pixel and written
// as a PNG with node:zlib. Run `node client/draw-icon.mjs` after changing it, and commit the PNG.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const NAVY = [29, 53, 87];
const WHITE = [241, 250, 238];
const AMBER = [244, 162, 97];

/** Inside a square with rounded corners filling the icon. */
function background(x, y) {
  const r = 24;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** An opening quotation mark: a round dot with a tail that tapers up and to the right, as in a serif “. */
function quoteMark(x, y, ox) {
  const cx = ox, cy = 62, r = 13;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  const p0 = [cx - 12, cy - 2], p1 = [cx - 13, cy - 26], p2 = [cx + 10, cy - 34];
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    const bx = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0];
    const by = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1];
    const half = (10 - 7 * t) / 2;
    if ((x - bx) ** 2 + (y - by) ** 2 <= half * half) return true;
  }
  return false;
}

/** The squiggle under the quote. */
function squiggle(x, y) {
  if (x < 22 || x > 106) return false;
  const wave = 98 + 5 * Math.sin(((x - 22) / 84) * 5 * Math.PI);
  return Math.abs(y - wave) <= 3.6;
}

function colourAt(x, y) {
  if (!background(x, y)) return null;
  if (quoteMark(x, y, 50) || quoteMark(x, y, 88)) return WHITE;
  if (squiggle(x, y)) return AMBER;
  return NAVY;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < 4; sy++) {
      for (let sx = 0; sx < 4; sx++) {
        const c = colourAt(px + (sx + 0.5) / 4, py + (sy + 0.5) / 4);
        if (!c) continue;
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        sum[3] += 1;
      }
    }
    const at = 1 + px * 4;
    if (sum[3] > 0) for (let i = 0; i < 3; i++) row[at + i] = Math.round(sum[i] / sum[3]);
    row[at + 3] = Math.round((sum[3] / 16) * 255);
  }
  rows.push(row);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
