/**
 * What every dataset says about its publication (who, where, under which licence, when), from
 * its metadata: shared by area datasets and point datasets, so catalogue entries agree.
 */
import { renderMarkdown } from './render-markdown.ts';
import type { Contact } from '../types.ts';

interface PublicationMetadata {
  title: string;
  description?: string | undefined;
  publisher: string;
  contact: Contact;
  source_url?: string | undefined;
  licence: string;
  attribution: string;
  release_date: string;
  next_update?: string | undefined;
  methodology?: string | undefined;
  access: 'public' | 'protected';
}

export function publicationOf(meta: PublicationMetadata) {
  return {
    title: meta.title,
    description: meta.description,
    publisher: meta.publisher,
    contact: meta.contact,
    sourceUrl: meta.source_url,
    licence: meta.licence,
    attribution: meta.attribution,
    releaseDate: meta.release_date,
    nextUpdate: meta.next_update,
    // Markdown from contributors, sanitised: no raw HTML survives.
    methodologyHtml: meta.methodology ? renderMarkdown(meta.methodology) : undefined,
    access: meta.access,
  };
}
