/**
 * The registry of classification methods: one file per method, chosen by the indicator's
 * metadata. All methods take the values sorted ascending and return thresholds.
 */
import type { ClassificationSpec } from '../types.ts';
import type { Classification } from './breaks.ts';
import { customBreaks } from './custom-breaks.ts';
import { equalIntervals } from './equal-intervals.ts';
import { naturalBreaks } from './natural-breaks.ts';
import { quantiles } from './quantiles.ts';

export const METHOD_NAMES: Record<ClassificationSpec['method'], string> = {
  quantiles: 'quantiles (about the same number of areas in each class)',
  'equal-intervals': 'equal intervals (classes of equal width)',
  'natural-breaks': 'natural breaks (Ckmeans: classes of similar values)',
  custom: 'custom breaks set by the publisher',
};

export function classify(values: number[], spec: ClassificationSpec): Classification | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted[0] === sorted.at(-1)) return { method: spec.method, thresholds: [], min: sorted[0]!, max: sorted[0]! };
  switch (spec.method) {
    case 'quantiles':
      return quantiles(sorted, spec.classes);
    case 'equal-intervals':
      return equalIntervals(sorted, spec.classes);
    case 'natural-breaks':
      return naturalBreaks(sorted, spec.classes);
    case 'custom':
      return customBreaks(sorted, spec.breaks ?? []);
  }
}
