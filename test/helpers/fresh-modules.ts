/**
 * Runs before each test file (vitest.config.ts: setupFiles). Test files share a worker thread one
 * after another (isolate: false); resetting the module registry here gives each file fresh
 * instances of src/ and of the test helpers, as an isolated worker would (the afterEach a helper
 * registers when imported, a module's state such as worker-script.ts's choice of script), while
 * packages from node_modules stay loaded.
 */
import { vi } from "vitest";

vi.resetModules();
