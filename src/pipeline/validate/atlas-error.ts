/**
 * Problems in contributed input. Every problem names the file (relative to the atlas root), the
 * line when there is one, what is wrong and what to do about it, so that `npm run validate` and a
 * failed build print `file:line: message` lines a contributor can act on without reading code.
 */
export interface Problem {
  file: string;
  line?: number | undefined;
  message: string;
  fix: string;
}

/** Formats one problem as `file:line: message. fix`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const message = problem.message.replace(/\.?$/, '.');
  return `${where}: ${message} ${problem.fix}`.trim();
}

/** Thrown when input is broken; carries every problem found, not only the first. */
export class AtlasInputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the atlas input:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'AtlasInputError';
    this.problems = problems;
  }
}

/** Collects problems across a stage and throws them together. */
export class ProblemList {
  readonly items: Problem[] = [];
  private readonly seen = new Set<string>();
  /** Adds a problem once: a cell read by two indicators is still one mistake to fix. */
  add(problem: Problem): void {
    const key = formatProblem(problem);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(problem);
  }
  get empty(): boolean {
    return this.items.length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw new AtlasInputError(this.items);
  }
}
