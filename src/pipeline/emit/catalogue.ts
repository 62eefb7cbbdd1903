/**
 * The catalogue of who holds what: one entry per dataset, the same facts for the page, the
 * machine-readable JSON and the CSV.
 */
import type { Atlas } from '../types.ts';

export interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  publisher: string;
  contact_name: string;
  contact_email: string;
  levels: string[];
  periods: string[];
  indicators: { id: string; title: string; measure: string }[];
  licence: string;
  attribution: string;
  release_date: string;
  next_update: string;
  source_url: string;
  access: 'public' | 'protected';
}

export function catalogueEntries(atlas: Atlas): CatalogueEntry[] {
  return atlas.datasets.map((dataset) => ({
    id: dataset.id,
    title: dataset.title,
    description: dataset.description ?? '',
    publisher: dataset.publisher,
    contact_name: dataset.contact.name,
    contact_email: dataset.contact.email ?? '',
    levels: dataset.levels.map((id) => atlas.levels.find((l) => l.id === id)!.name),
    periods: dataset.periods,
    // Breakdown variants are reached from their indicator's page, not listed separately.
    indicators: dataset.indicators.filter((id) => !atlas.indicators.find((i) => i.id === id)?.variantOf).map((id) => {
      const indicator = atlas.indicators.find((i) => i.id === id)!;
      return { id, title: indicator.title, measure: indicator.measure };
    }),
    licence: dataset.licence,
    attribution: dataset.attribution,
    release_date: dataset.releaseDate,
    next_update: dataset.nextUpdate ?? '',
    source_url: dataset.sourceUrl ?? '',
    access: dataset.access,
  }));
}
