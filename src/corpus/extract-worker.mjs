// Worker thread entry: loads the TypeScript sources through tsx, then extracts the chunks it is sent.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker-main.ts");
