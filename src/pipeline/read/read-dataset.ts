/**
 * Reads one dataset folder: checks its name, its metadata.yaml against the schema, and reads the
 * publisher's file it names. Returns problems instead of throwing so that validation can report
 * every dataset at once.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../validate/atlas-error.ts';
import { datasetSchema, type DatasetMetadata } from '../validate/metadata-schema.ts';
import { isSlug, suggestSlug } from '../validate/slug.ts';
import { zodProblems } from '../validate/zod-problems.ts';
import { decodeText } from './decode-text.ts';
import { readCsvTable, type CsvTable } from './read-csv-table.ts';
import { readYaml, type YamlSource } from './read-yaml.ts';

/** What any dataset metadata says about its file (area datasets, and point datasets: read-point-layer.ts). */
export interface DataFileFields {
  file: string;
  skip_lines: number;
  footer_lines: number;
  encoding?: 'utf-8' | 'windows-1252';
}

export interface DatasetSource<M extends DataFileFields = DatasetMetadata> {
  id: string;
  metadataFile: string;
  metadata: M;
  yaml: YamlSource;
  /** Path of the data file relative to the atlas root. */
  dataFile: string;
  table: CsvTable;
}

export function readDataset<M extends DataFileFields = DatasetMetadata>(
  root: string,
  folderName: string,
  readOnlyDataDirs: string[],
  schema: z.ZodType<M> = datasetSchema as unknown as z.ZodType<M>,
): { dataset?: DatasetSource<M>; problems: Problem[] } {
  const folder = `datasets/${folderName}`;
  if (!isSlug(folderName)) {
    return {
      problems: [
        {
          file: folder,
          message: `the dataset folder name "${folderName}" is not a valid id`,
          fix: `Rename the folder to a slug of lower-case letters, digits and hyphens, e.g. "${suggestSlug(folderName)}".`,
        },
      ],
    };
  }
  const metadataFile = `${folder}/metadata.yaml`;
  if (!existsSync(join(root, metadataFile)) && existsSync(join(root, folder, 'metadata.yml'))) {
    return { problems: [{ file: `${folder}/metadata.yml`, message: 'the metadata file must be called metadata.yaml', fix: 'Rename it to metadata.yaml.' }] };
  }
  if (!existsSync(join(root, metadataFile))) {
    return { problems: [{ file: metadataFile, message: 'the dataset has no metadata.yaml', fix: 'Run `npm run new-dataset -- ' + folderName + '` or copy one from another dataset.' }] };
  }
  const { source, problems } = readYaml(readFileSync(join(root, metadataFile), 'utf8'), metadataFile);
  if (!source) return { problems };
  const parsed = schema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) return { problems: zodProblems(parsed.error, source) };
  const metadata = parsed.data;

  const dataPath = resolve(root, folder, metadata.file);
  const allowedDirs = [resolve(root, folder), ...readOnlyDataDirs.map((dir) => resolve(root, dir))];
  if (!allowedDirs.some((dir) => isInside(dataPath, dir))) {
    return {
      problems: [
        { file: metadataFile, line: source.lineOf(['file']), message: `\`file: ${metadata.file}\` points outside the dataset folder`, fix: 'Put the publisher\'s file in the dataset folder and name it without "../".' },
      ],
    };
  }
  const dataFile = relative(root, dataPath).split(sep).join('/');
  if (!existsSync(dataPath)) {
    return { problems: [{ file: metadataFile, line: source.lineOf(['file']), message: `the data file "${metadata.file}" does not exist`, fix: 'Check the file name (it is case-sensitive) and that the file is committed.' }] };
  }
  // Symlinks could still lead out of the allowed folders.
  const realPath = realpathSync(dataPath);
  if (!allowedDirs.some((dir) => existsSync(dir) && isInside(realPath, realpathSync(dir)))) {
    return { problems: [{ file: metadataFile, line: source.lineOf(['file']), message: `the data file "${metadata.file}" is a link to a file outside the dataset folder`, fix: 'Commit the file itself, not a link.' }] };
  }
  if (!statSync(dataPath).isFile()) {
    return { problems: [{ file: metadataFile, line: source.lineOf(['file']), message: `\`file: ${metadata.file}\` is a folder, not a file`, fix: "Name the publisher's CSV file itself." }] };
  }
  const { text, problem } = decodeText(readFileSync(dataPath), dataFile, metadata.encoding);
  if (problem) {
    // A declared encoding that does not fit is a mistake in the metadata, so point there.
    const atMetadata = problem.message.startsWith('the metadata says');
    return { problems: [atMetadata ? { ...problem, file: metadataFile, line: source.lineOf(['encoding']), message: problem.message.replace('the file', dataFile) } : problem] };
  }
  const { table, problems: csvProblems } = readCsvTable(text!, dataFile, {
    skipLines: metadata.skip_lines,
    footerLines: metadata.footer_lines,
    declaredAt: { file: metadataFile, skipLinesLine: source.lineOf(['skip_lines']), footerLinesLine: source.lineOf(['footer_lines']) },
  });
  if (!table) return { problems: csvProblems };
  return { dataset: { id: folderName, metadataFile, metadata, yaml: source, dataFile, table }, problems: csvProblems };
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
