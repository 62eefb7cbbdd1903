/**
 * A minimal PNG decoder for browser-test screenshots: enough to count painted pixels without a
 * dependency. Playwright (Chromium) writes 8-bit, non-interlaced RGB or RGBA PNGs; we accept the
 * 8-bit greyscale variants too and reject anything else with a clear message rather than
 * returning wrong pixels.
 */
import { inflateSync } from 'node:zlib';

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row-major, no padding. */
  data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Colour type -> channels per pixel (greyscale, RGB, grey+alpha, RGBA). Palette (3) not supported. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes a PNG buffer into RGBA pixels. Throws on formats a screenshot never uses. */
export function decodePng(png: Uint8Array): DecodedImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!SIGNATURE.every((b, i) => buf[i] === b)) throw new Error('decodePng: not a PNG file');

  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  // Chunks: 4-byte length, 4-byte type, data, 4-byte CRC (not checked: the source is trusted).
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const bitDepth = body[8]!;
      const colourType = body[9]!;
      const interlace = body[12]!;
      channels = CHANNELS[colourType] ?? 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(
          `decodePng: unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`,
        );
      }
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  if (channels === 0) throw new Error('decodePng: no IHDR chunk');

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error('decodePng: truncated image data');

  // Undo the per-row filters (PNG spec section 9) into `pixels`, then expand to RGBA.
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride; // only read when y > 0
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[row + x - channels]! : 0; // left
      const b = y > 0 ? pixels[prev + x]! : 0; // up
      const c = y > 0 && x >= channels ? pixels[prev + x - channels]! : 0; // up-left
      const v = raw[src + x]!;
      let out: number;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        case 4: out = v + paeth(a, b, c); break;
        default: throw new Error(`decodePng: bad filter type ${filter} on row ${y}`);
      }
      pixels[row + x] = out & 0xff;
    }
  }

  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const o = i * 4;
    if (channels >= 3) {
      data[o] = pixels[j]!;
      data[o + 1] = pixels[j + 1]!;
      data[o + 2] = pixels[j + 2]!;
      data[o + 3] = channels === 4 ? pixels[j + 3]! : 255;
    } else {
      data[o] = data[o + 1] = data[o + 2] = pixels[j]!;
      data[o + 3] = channels === 2 ? pixels[j + 1]! : 255;
    }
  }
  return { width, height, data };
}

/** The Paeth predictor from the PNG spec: whichever of left, up, up-left is nearest a+b-c. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export interface PixelStats {
  totalPixels: number;
  /** The most common colour, taken to be the map background, as `#rrggbb`. */
  background: string;
  /** Pixels that differ from the background by more than the tolerance on any channel. */
  nonBackgroundPixels: number;
  /** Distinct colours among non-background pixels, quantised to 4 bits a channel so that
   *  anti-aliased edges do not count as colours of their own. */
  distinctColours: number;
}

/** Counts how much of an image is painted with something other than its dominant colour. */
export function pixelStats(image: DecodedImage, tolerance = 8): PixelStats {
  const { data } = image;
  const total = image.width * image.height;
  const counts = new Map<number, number>();
  for (let o = 0; o < data.length; o += 4) {
    const key = (data[o]! << 16) | (data[o + 1]! << 8) | data[o + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let bg = 0;
  let bgCount = -1;
  for (const [key, n] of counts) if (n > bgCount) [bg, bgCount] = [key, n];
  const [br, bgG, bb] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];

  let painted = 0;
  const quantised = new Set<number>();
  for (let o = 0; o < data.length; o += 4) {
    const r = data[o]!, g = data[o + 1]!, b = data[o + 2]!;
    if (Math.abs(r - br) > tolerance || Math.abs(g - bgG) > tolerance || Math.abs(b - bb) > tolerance) {
      painted++;
      quantised.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return {
    totalPixels: total,
    background: '#' + bg.toString(16).padStart(6, '0'),
    nonBackgroundPixels: painted,
    distinctColours: quantised.size,
  };
}

/** Pixels whose colour differs (beyond `tolerance`) between two same-sized images. */
export function differingPixels(a: DecodedImage, b: DecodedImage, tolerance = 8): number {
  if (a.width !== b.width || a.height !== b.height) {
    throw new Error(`differingPixels: sizes differ (${a.width}x${a.height} vs ${b.width}x${b.height})`);
  }
  let n = 0;
  for (let o = 0; o < a.data.length; o += 4) {
    if (
      Math.abs(a.data[o]! - b.data[o]!) > tolerance ||
      Math.abs(a.data[o + 1]! - b.data[o + 1]!) > tolerance ||
      Math.abs(a.data[o + 2]! - b.data[o + 2]!) > tolerance
    ) n++;
  }
  return n;
}
