/** Reads atlas.config.yaml: the atlas's title, contact, notices and defaults. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasConfig } from '../types.ts';
import { ProblemList } from '../validate/atlas-error.ts';
import { atlasConfigSchema } from '../validate/config-schemas.ts';
import { zodProblems } from '../validate/zod-problems.ts';
import { readYaml } from './read-yaml.ts';
import { renderMarkdown } from '../normalise/render-markdown.ts';
import { defaultRealm } from '../validate/tables-config-schema.ts';

export function readAtlasConfig(root: string): AtlasConfig {
  const file = 'atlas.config.yaml';
  const problems = new ProblemList();
  if (!existsSync(join(root, file))) {
    problems.add({ file, message: `there is no atlas.config.yaml in ${root}`, fix: 'Create one (see docs/formats.md), or set ATLAS_ROOT to the atlas folder.' });
    problems.throwIfAny();
  }
  const { source, problems: yamlProblems } = readYaml(readFileSync(join(root, file), 'utf8'), file);
  yamlProblems.forEach((p) => problems.add(p));
  problems.throwIfAny();
  const parsed = atlasConfigSchema.safeParse(source!.data, { reportInput: true });
  if (!parsed.success) {
    zodProblems(parsed.error, source!).forEach((p) => problems.add(p));
    problems.throwIfAny();
  }
  const c = parsed.data!;
  return {
    title: c.title,
    description: c.description,
    notice: c.notice,
    contact: c.contact,
    defaultLevel: c.default_level,
    readOnlyDataDirs: c.read_only_data_dirs,
    disclosureThreshold: c.disclosure.threshold,
    protectedDisclosureThreshold: c.disclosure.protected_threshold,
    tables: {
      prefix: c.tables.prefix,
      realm: c.tables.realm ?? defaultRealm(c.title),
      usersFile: c.tables.users_file,
      howToRegisterHtml: c.tables.how_to_register ? renderMarkdown(c.tables.how_to_register) : undefined,
    },
    attribution: c.attribution,
    featuredOverlays: c.featured_overlays.map((overlay, i) => ({ ...overlay, line: source!.lineOf(['featured_overlays', i]) })),
  };
}
