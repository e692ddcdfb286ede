/**
 * The script an extraction worker runs.
 *
 * A worker that loads the TypeScript sources through tsx needs about 0.65 s and a full second of
 * CPU before it extracts anything (every module goes through tsx's loader), taken from the very
 * load it was started to speed up. So the worker's sources — the record code of src/corpus and
 * everything under src/ingest and src/extract — are bundled into one plain ES module by esbuild (the compiler tsx itself uses),
 * and a worker then starts in about 0.25 s with a third of the CPU.
 *
 * - The bundle is kept in `node_modules/.cache/verbatim/`, named by the extractor version (a
 *   fingerprint of src/ingest, src/extract and record.ts, see record.ts): an edit makes a new bundle, and
 *   the old ones are removed. Written atomically (temporary file, then rename).
 * - Packages stay outside it and are imported from node_modules as usual.
 * - When the bundle cannot be made (no esbuild, a read-only folder, running from compiled
 *   JavaScript), or a worker cannot start from it, workers load the sources through tsx.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { EXTRACTOR_VERSION } from "./record.js";

/** The worker entry that loads the TypeScript sources through tsx. */
export const SOURCE_WORKER = new URL("./extract-worker.mjs", import.meta.url);
const ENTRY = new URL("./extract-worker-main.ts", import.meta.url);
const BUNDLE_DIR = new URL("../../node_modules/.cache/verbatim/", import.meta.url);
const BUNDLE_NAME = /^extract-worker-.+\.mjs$/;

let script: Promise<URL> | null = null;

/** The script workers start from: the bundle (made at the first call when missing), else SOURCE_WORKER. */
export function workerScript(): Promise<URL> {
  return (script ??= bundle().catch(() => SOURCE_WORKER));
}

/** Forgets a bundle a worker could not start from: it is removed, and workers load the sources from now on. */
export function bundleFailed(bundle: URL): void {
  if (bundle.href === SOURCE_WORKER.href) return;
  script = Promise.resolve(SOURCE_WORKER);
  void rm(bundle, { force: true }).catch(() => undefined);
}

async function bundle(): Promise<URL> {
  if (!existsSync(ENTRY)) return SOURCE_WORKER;
  const target = new URL(`extract-worker-${EXTRACTOR_VERSION}.mjs`, BUNDLE_DIR);
  if (existsSync(target)) return target;
  const { build } = await import("esbuild");
  await mkdir(BUNDLE_DIR, { recursive: true });
  const temporary = new URL(`${target.href}.${process.pid}.${Date.now()}.tmp`);
  try {
    await build({
      entryPoints: [fileURLToPath(ENTRY)],
      outfile: fileURLToPath(temporary),
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      // The bundle fingerprints the sources it was made from, as they do (record.ts reads its folder).
      define: { "import.meta.url": JSON.stringify(new URL("./record.ts", import.meta.url).href) },
      logLevel: "silent",
    });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  // Bundles of earlier sources are of no further use.
  for (const name of await readdir(BUNDLE_DIR)) {
    const old = new URL(name, BUNDLE_DIR);
    if (BUNDLE_NAME.test(name) && old.href !== target.href) await rm(old, { force: true }).catch(() => undefined);
  }
  return target;
}
