/**
 * Reads one dataset folder: checks its name, its metadata.yaml against the schema, and reads the
 * publisher's file it names. Returns problems instead of throwing so that validation can report
 * every dataset at once.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../validate/atlas-error.ts';
import { datasetSchema, type DatasetMetadata } from '../validate/metadata-schema.ts';
import { isSlug, suggestSlug } from '../validate/slug.ts';
import { zodProblems } from '../validate/zod-problems.ts';
import { decodeText } from './decode-text.ts';
import { readCsvTable, type CsvTable } from './read-csv-table.ts';
import { readYaml, type YamlSource } from './read-yaml.ts';

export interface DatasetSource {
  id: string;
  metadataFile: string;
  metadata: DatasetMetadata;
  yaml: YamlSource;
  /** Path of the data file relative to the atlas root. */
  dataFile: string;
  table: CsvTable;
}

export function readDataset(root: string, folderName: string, readOnlyDataDirs: string[]): { dataset?: DatasetSource; problems: Problem[] } {
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
  if (!existsSync(join(root, metadataFile))) {
    return { problems: [{ file: metadataFile, message: 'the dataset has no metadata.yaml', fix: 'Run `npm run new-dataset -- ' + folderName + '` or copy one from another dataset.' }] };
  }
  const { source, problems } = readYaml(readFileSync(join(root, metadataFile), 'utf8'), metadataFile);
  if (!source) return { problems };
  const parsed = datasetSchema.safeParse(source.data, { reportInput: true });
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
  const { text, problem } = decodeText(readFileSync(dataPath), dataFile);
  if (problem) return { problems: [problem] };
  const { table, problems: csvProblems } = readCsvTable(text!, dataFile, { skipLines: metadata.skip_lines, footerLines: metadata.footer_lines });
  if (!table) return { problems: csvProblems };
  return { dataset: { id: folderName, metadataFile, metadata, yaml: source, dataFile, table }, problems: csvProblems };
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
