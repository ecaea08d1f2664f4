// Runs the stub as its own process (Playwright's webServer):
//   npx tsx tests/support/openai-stub/cli.ts --port 3190 [--adversarial]
import { parseArgs } from "node:util";
import { startOpenAiStub } from "./server";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3190" }, adversarial: { type: "boolean", default: false } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`openai stub: invalid --port ${values.port}`);
  process.exit(2);
}

const stub = await startOpenAiStub({ port });
if (values.adversarial) stub.setScenario({ adversarial: true });
console.log(`openai stub listening on ${stub.url}`);

let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  stub.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`openai stub: stopping on ${signal} failed`, error);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
