import { describe, expect, it } from 'vitest';
import { recipeCommands, recipeOutputs } from '../../../src/geography-build/run-recipes.ts';

describe('recipeCommands', () => {
  it('joins a recipe\'s lines and drops comments', () => {
    const recipe = '# Wards\n-i sources/a.geojson   # the source\n\n-dissolve ward_code\n-o build/ward.topo.json format=topojson\n';
    expect(recipeCommands(recipe)).toBe('-i sources/a.geojson -dissolve ward_code -o build/ward.topo.json format=topojson');
  });
});

describe('recipeOutputs', () => {
  it('lists the files a recipe writes', () => {
    expect(recipeOutputs('-i a.json -o build/a.topo.json format=topojson -o build/b.csv')).toEqual(['build/a.topo.json', 'build/b.csv']);
  });
});
