/** The worker side of workers.ts: extracts each chunk of files it is sent and replies with the records. */
import { parentPort } from "node:worker_threads";
import { extractFile } from "./record.js";
import type { ChunkJob, WorkerReply } from "./workers.js";

const port = parentPort;
if (port) {
  port.on("message", (job: ChunkJob) => {
    let reply: WorkerReply;
    try {
      reply = { id: job.id, entries: job.files.map((f) => extractFile(f.file, f.bytes)) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
