// Draws Hold On's icons (a shield with a check, pause bars or an exclamation mark) as PNG files
// in resources/icons, using only Node's zlib. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const png = (size, rgba) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

// Shapes in a 64x64 design space, matching renderer/src/components/status-icon.tsx.
const inShield = (x, y) => {
  if (y < 4 || y > 60) return false;
  if (y <= 13)
    return (
      Math.abs(x - 32) <= 24 * ((y - 4) / 9) + (y >= 13 ? 24 : 0) || Math.abs(x - 32) <= ((y - 4) / 9) * 24
    );
  if (y <= 30) return x >= 8 && x <= 56;
  const t = (y - 30) / 30; // narrows to a point at the bottom
  return Math.abs(x - 32) <= 24 * Math.sqrt(Math.max(0, 1 - t * t));
};
const nearSegment = (x, y, ax, ay, bx, by, r) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) <= r;
};
const marks = {
  check: (x, y) => nearSegment(x, y, 20, 33, 28, 41, 3.2) || nearSegment(x, y, 28, 41, 44, 24, 3.2),
  pause: (x, y) => y >= 20 && y <= 44 && ((x >= 22 && x <= 29) || (x >= 35 && x <= 42)),
  alert: (x, y) => (x >= 28.5 && x <= 35.5 && y >= 16 && y <= 38) || Math.hypot(x - 32, y - 46) <= 4.5,
};

const draw = (size, colour, mark) => {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let shield = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * 64;
          const y = ((py + (sy + 0.5) / samples) / size) * 64;
          if (inShield(x, y)) {
            shield += 1;
            if (marks[mark](x, y)) white += 1;
          }
        }
      }
      const n = samples * samples;
      const a = shield / n;
      const w = shield === 0 ? 0 : white / shield;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) rgba[i + c] = Math.round(colour[c] * (1 - w) + 255 * w);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return png(size, rgba);
};

const green = [10, 79, 51];
const amber = [92, 67, 0];
const red = [138, 28, 28];
const dir = join(import.meta.dirname, '..', 'resources', 'icons');
mkdirSync(dir, { recursive: true });
const files = {
  'icon.png': draw(512, green, 'check'),
  'tray-protected.png': draw(32, green, 'check'),
  'tray-paused.png': draw(32, amber, 'pause'),
  'tray-attention.png': draw(32, red, 'alert'),
};
for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
process.stdout.write(`wrote ${Object.keys(files).join(', ')} to ${dir}\n`);
