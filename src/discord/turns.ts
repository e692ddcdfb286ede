/**
 * Answers are computed synchronously, so under load they would queue up inside one event-loop
 * turn and hold back the cheap first responses ("thinking…", PONG, autocomplete) of requests
 * that just arrived — which Discord needs within 3 s. Questions therefore take turns: one at a
 * time, each after a setImmediate, so pending I/O (new interactions) is served between any two.
 */
let tail: Promise<unknown> = Promise.resolve();
let waiting = 0;

export function takeTurn<T>(work: () => T | Promise<T>): Promise<T> {
  waiting += 1;
  const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => {
    waiting -= 1;
    return work();
  });
  tail = run.catch(() => undefined);
  return run;
}

/** Questions waiting for their turn (for logs and tests). */
export function turnsWaiting(): number {
  return waiting;
}
