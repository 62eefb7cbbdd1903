import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/pipeline/read/read-yaml.ts';

describe('readYaml', () => {
  const text = 'title: A\nindicators:\n  - id: one\n    title: One\n  - id: two\n    measure: count\n';

  it('finds the line of a nested value', () => {
    const { source } = readYaml(text, 'm.yaml');
    expect(source!.lineOf(['title'])).toBe(1);
    expect(source!.lineOf(['indicators', 1, 'measure'])).toBe(6);
    expect(source!.lineOf(['indicators', 1])).toBe(5);
  });

  it('falls back to the nearest existing parent for a missing key', () => {
    const { source } = readYaml(text, 'm.yaml');
    expect(source!.lineOf(['indicators', 0, 'measure'])).toBe(3);
  });

  it('reports syntax errors with their line', () => {
    const { source, problems } = readYaml('title: A\nbad: c: d\n', 'm.yaml');
    expect(source).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'm.yaml', line: 2 });
  });

  it('reports a key given twice', () => {
    const { problems } = readYaml('title: A\ntitle: B\n', 'm.yaml');
    expect(problems[0]!.line).toBe(2);
  });
});
