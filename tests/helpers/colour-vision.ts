/**
 * Colour-vision deficiency simulation for palette tests: Machado, Oliveira and Fernandes (2009),
 * "A physiologically-based model for simulation of color vision deficiency", severity 1.0
 * matrices applied in linear sRGB; differences as CIE76 delta E in CIELAB (D65).
 */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Vision, 'normal'>, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
}

function lab([r, g, b]: number[]): number[] {
  const x = 0.4124 * r! + 0.3576 * g! + 0.1805 * b!;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = 0.0193 * r! + 0.1192 * g! + 0.9505 * b!;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(x / 0.95047), f(y), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** The colour as seen with the given vision, in CIELAB. */
export function seenAs(hex: string, vision: Vision): number[] {
  const rgb = linearRgb(hex);
  if (vision === 'normal') return lab(rgb);
  const m = MATRICES[vision];
  return lab(m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))));
}

/** The smallest CIE76 difference between any two colours of the palette, as seen. */
export function smallestDifference(palette: readonly string[], vision: Vision): number {
  const seen = palette.map((hex) => seenAs(hex, vision));
  let smallest = Infinity;
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) smallest = Math.min(smallest, Math.hypot(...seen[i]!.map((v, k) => v - seen[j]![k]!)));
  }
  return smallest;
}
