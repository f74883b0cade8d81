import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { encodePng, readPngSize } from '../../../../src/lib/social-cards/encode-png.ts';

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes the two layouts encodePng writes (filter 0 on every row) back to RGBA. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const chunks = readChunks(png);
  const ihdr = chunks.find((chunk) => chunk.type === 'IHDR')?.data;
  if (!ihdr) throw new Error('no IHDR');
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const colorType = ihdr[9];
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rgba = Buffer.alloc(width * height * 4);
  const palette = chunks.find((chunk) => chunk.type === 'PLTE')?.data;
  const bpp = colorType === 3 ? 1 : 4;
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * bpp + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const at = y * (width * bpp + 1) + 1 + x * bpp;
      if (colorType === 3 && palette) {
        const i = raw[at] ?? 0;
        palette.copy(rgba, (y * width + x) * 4, i * 3, i * 3 + 3);
        rgba[(y * width + x) * 4 + 3] = 255;
      } else raw.copy(rgba, (y * width + x) * 4, at, at + 4);
    }
  }
  return { width, height, rgba };
}

function image(width: number, height: number, colour: (x: number, y: number) => number[]): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgba.set(colour(x, y), (y * width + x) * 4);
  return rgba;
}

describe('encodePng', () => {
  test('stores a few colours as an indexed PNG that decodes to the same pixels', () => {
    const rgba = image(40, 21, (x, y) => ((x + y) % 3 === 0 ? [164, 22, 26, 255] : [253, 252, 250, 255]));
    const png = encodePng(rgba, 40, 21);
    expect(readChunks(png).map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(decode(png)).toEqual({ width: 40, height: 21, rgba });
  });

  test('writes an image with transparency as RGBA, losslessly', () => {
    const rgba = image(4, 4, (x) => (x === 0 ? [0, 0, 0, 0] : [10, 20, 30, 128]));
    const png = encodePng(rgba, 4, 4);
    expect(png[25]).toBe(6);
    expect(decode(png).rgba).toEqual(rgba);
  });

  test('falls back to RGBA past 256 colours, still lossless', () => {
    const rgba = image(300, 2, (x, y) => [x & 0xff, x >> 8, y, 255]);
    const png = encodePng(rgba, 300, 2);
    expect(png[25]).toBe(6);
    expect(decode(png).rgba).toEqual(rgba);
  });

  test('the same pixels give the same bytes, and every chunk checksum is right', async () => {
    const rgba = image(30, 30, (x, y) => [x * 8, y * 8, 0, 255]);
    const png = encodePng(rgba, 30, 30);
    expect(encodePng(Buffer.from(rgba), 30, 30).equals(png)).toBe(true);
    const { crc32 } = await import('node:zlib');
    let at = 8;
    for (const chunk of readChunks(png)) {
      const typeAndData = png.subarray(at + 4, at + 8 + chunk.data.length);
      expect(png.readUInt32BE(at + 8 + chunk.data.length)).toBe(crc32(typeAndData));
      at += 12 + chunk.data.length;
    }
  });

  test('refuses a buffer of the wrong length', () => {
    expect(() => encodePng(Buffer.alloc(10), 2, 2)).toThrow(/expected 16 bytes/);
  });
});

test('readPngSize reads width and height from the IHDR, and nothing from a non-PNG', () => {
  expect(readPngSize(encodePng(Buffer.alloc(12 * 5 * 4, 255), 12, 5))).toEqual({ width: 12, height: 5 });
  expect(readPngSize(Buffer.from('GIF89a, not a PNG at all.'))).toBeUndefined();
});
