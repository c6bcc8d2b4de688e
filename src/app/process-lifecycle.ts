/** Stops the process cleanly on SIGINT or SIGTERM: the given steps run in order, then the process exits. */
export function stopOnSignal(...steps: (() => Promise<unknown>)[]): void {
  const stop = async () => {
    for (const step of steps) await step();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Runs a process entry point; a failure to start is printed without a stack and exits non-zero. */
export function runMain(what: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${what} failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
