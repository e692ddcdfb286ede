/**
 * `waitForOutput` of a running entry point, a process (fake-discord/spawn.ts) or a run in this
 * process (in-process.ts): resolves when its output shows `text`, rejects when it ends first (saying
 * `ended`) or after `waitMs`. The runner calls `listeners` whenever output arrives.
 */
export function outputWaiter(read: () => { out: string; err: string }, exited: Promise<unknown>, listeners: Array<() => void>, ended: string) {
  const shown = () => {
    const { out, err } = read();
    return `stdout: ${out}\nstderr: ${err}`;
  };
  return (text: string | RegExp, waitMs = 20_000): Promise<void> => {
    const seen = () => {
      const { out, err } = read();
      return typeof text === "string" ? (out + err).includes(text) : text.test(out + err);
    };
    if (seen()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output matching ${String(text)} within ${waitMs} ms;\n${shown()}`)), waitMs);
      const listener = () => {
        if (seen()) {
          clearTimeout(timer);
          listeners.splice(listeners.indexOf(listener), 1);
          resolve();
        }
      };
      listeners.push(listener);
      void exited.then(() => {
        if (!seen()) {
          clearTimeout(timer);
          reject(new Error(`${ended} before printing ${String(text)};\n${shown()}`));
        }
      });
    });
  };
}
