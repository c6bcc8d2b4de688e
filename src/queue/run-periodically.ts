/**
 * Runs a background task now and then every `everyMs`, one run at a time (a slow run is not overlapped by the
 * next tick), without keeping the process alive; the task handles its own failures. Returns a stop function.
 */
export function runPeriodically(task: () => Promise<void>, everyMs: number): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void task().finally(() => {
      running = false;
    });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return () => clearInterval(timer);
}
