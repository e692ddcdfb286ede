import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Two test files at a time (vitest's default leaves one of two CPUs idle), in worker threads,
    // each thread running one file after another. Every file still starts from fresh modules of
    // its own (fresh-modules.ts resets the module registry), so no state of src/ or of the test
    // helpers carries over; only packages from node_modules, which Node caches, are loaded once
    // per thread instead of once per file.
    pool: "threads",
    maxWorkers: 2,
    isolate: false,
    setupFiles: ["test/helpers/fresh-modules.ts"],
  },
});
