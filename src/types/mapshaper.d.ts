declare module 'mapshaper' {
  /** Runs a mapshaper command line, as the CLI would (paths relative to the working folder). */
  function runCommands(commands: string): Promise<void>;
  /** Runs commands on in-memory inputs and resolves with the outputs by file name. */
  function applyCommands(commands: string, input?: Record<string, unknown>): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { runCommands: typeof runCommands; applyCommands: typeof applyCommands };
  export default mapshaper;
}
