/**
 * Three kinds of test, run as Vitest projects (Vitest 5 `test.projects`, inline configs that
 * inherit this root config):
 * - unit:    pure functions, fast, in parallel.
 * - build:   fixture atlases built end to end; each file runs a whole build, so files run one
 *            at a time (builds are CPU- and memory-heavy and write to temp dirs).
 * - browser: real Chromium against a built site; one file at a time so several Chromiums and
 *            builds do not compete and time out.
 * `sequence.groupOrder` runs the projects one after another (unit, then build, then browser),
 * so a quick unit failure shows first and the heavy projects never run concurrently.
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
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node', // Node drives Chromium through playwright-core; not Vitest's browser mode
          testTimeout: 180_000,
          hookTimeout: 300_000, // the hook builds the whole example atlas before any page opens
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
