/**
 * The shape of the code: no import cycles between files or between folders, and extraction
 * (src/lexicon, src/ingest, src/extract) reads nothing from the stages after it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Every source file under src/ and the source files it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => /\.ts$/.test(f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(SRC, file), "utf8");
    const targets: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      targets.push(normalize(join(dirname(file), spec)).replace(/\.js$/, ".ts"));
    }
    graph.set(normalize(file), targets.filter((t) => files.includes(t)));
  }
  return graph;
}

/** The strongly connected components of more than one node (or a node importing itself): the cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * The graph of folders: src/a/b/x.ts is in folder "a/b", and an import between two folders is an
 * edge, except between a folder and one inside it: a folder composes its subfolders (dates/index.ts
 * lists the parsers) and they use its shared files (dates/tags.ts), as one unit.
 */
function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const nested = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`) || a === "." || b === ".";
  const folders = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = dirname(file);
    const edges = folders.get(from) ?? new Set<string>();
    folders.set(from, edges);
    for (const target of targets) if (!nested(from, dirname(target))) edges.add(dirname(target));
  }
  return new Map([...folders].map(([folder, edges]) => [folder, [...edges]]));
}

/** The top-level folders (stages) only: src/extract/dates/x.ts is in "extract". */
function stageGraph(graph: Map<string, string[]>): Map<string, string[]> {
  const stage = (file: string) => (file.includes("/") ? file.slice(0, file.indexOf("/")) : ".");
  const stages = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const edges = stages.get(stage(file)) ?? new Set<string>();
    stages.set(stage(file), edges);
    for (const target of targets) if (stage(target) !== stage(file)) edges.add(stage(target));
  }
  return new Map([...stages].map(([s, edges]) => [s, [...edges]]));
}

describe("the source tree", () => {
  const graph = importGraph();

  it("is read whole by this test (so the checks below see the real imports)", () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get(normalize("corpus/corpus.ts"))).toContain(normalize("extract/index.ts"));
  });

  it("has no import cycle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no import cycle between folders (a folder and those inside it aside), nor between the pipeline's stages", () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
    expect(cycles(stageGraph(graph))).toEqual([]);
  });

  it("keeps extraction free of what comes after it (the extraction cache's fingerprint covers lexicon/, ingest/ and extract/ only)", () => {
    const later = ["corpus", "search", "answer", "commands", "discord", "cli", "console", "http"];
    for (const [file, targets] of graph) {
      if (!/^(lexicon|ingest|extract)\//.test(file)) continue;
      for (const target of targets) expect(later.some((stage) => target.startsWith(`${stage}/`)), `${file} imports ${target}`).toBe(false);
    }
  });
});
