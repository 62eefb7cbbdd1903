/**
 * Three kinds of test, run as Vitest projects (Vitest 5 `test.projects`, inline configs that
 * inherit this root config):
 * - unit:    pure functions, fast, in parallel.
 * - build:   fixture atlases built end to end; each file runs a whole build, so files run one
 *            at a time (builds are CPU- and memory-heavy and write to temp dirs).
 * - browser: real Chromium against a built site; one file at a time so several Chromiums and
 *            builds do not compete and time out.
 * - gateway: real nginx and Caddy guarding the full tables of the built example atlas, no-leak
 *            and suppression sweeps over its public output.
 * `sequence.groupOrder` runs the projects one after another (unit, then build, then browser),
 * so a quick unit failure shows first and the heavy projects never run concurrently. The orders
 * start at 1, not 0: on a 2-CPU machine Vitest resolves maxWorkers to 1, and it moves projects
 * with one worker and the default order 0 into a catch-all group that runs last.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'browser',
          globalSetup: ['tests/browser/setup.ts'],
          include: ['tests/**/*.browser.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node', // Node drives Chromium through playwright-core; not Vitest's browser mode
          testTimeout: 180_000,
          hookTimeout: 300_000, // the hook builds the whole example atlas before any page opens
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
      {
        test: {
          // Real nginx and Caddy on 127.0.0.1 over the example atlas, built once by the global
          // setup (tests/gateway/setup.ts); files one at a time, each starting its own servers.
          name: 'gateway',
          include: ['tests/gateway/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/gateway/setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
});
