// Validates GitHub Actions files with GitHub's own parser (@actions/workflow-parser, the one
// behind the Actions language server) and prints each as plain JSON: the errors it reports
// and the document. Run as a child process by tests/unit/workflows.test.ts — under tsx, because
// the parser imports its JSON schemas without import attributes, which Node (and therefore
// vitest's externalised dependencies) refuses.
// stdin: [{ name, content, kind: "workflow" | "action" }]   stdout: WorkflowModel[]
import { readFileSync } from "node:fs";
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/index";

export type GithubFile = { name: string; content: string; kind: "workflow" | "action" };
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };
export type WorkflowModel = { name: string; errors: string[]; document: PlainValue };

/** A token tree as plain JSON; expressions keep their `${{ … }}` source text. */
function toPlain(token: TemplateToken): PlainValue {
  if (isMapping(token)) {
    const object: { [key: string]: PlainValue } = {};
    for (const pair of token) object[pair.key.toString()] = toPlain(pair.value);
    return object;
  }
  if (isSequence(token)) return [...token].map(toPlain);
  if (isString(token)) return token.value;
  if (isBoolean(token) || isNumber(token)) return token.value;
  if (isBasicExpression(token)) return token.source ?? `\${{ ${token.expression} }}`;
  if (token.isScalar && token.isLiteral) return null;
  return token.toString();
}

async function model(file: GithubFile): Promise<WorkflowModel> {
  const trace = new NoOperationTraceWriter();
  const parsed = file.kind === "workflow" ? parseWorkflow(file, trace) : parseAction(file, trace);
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (!parsed.value) return { name: file.name, errors: errors.length ? errors : ["nothing parsed"], document: null };
  // Conversion checks what the schema cannot: job ids in needs, expression contexts, cron syntax…
  if (file.kind === "workflow") {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const error of template.errors ?? []) if (!errors.includes(error.Message)) errors.push(error.Message);
  } else {
    convertActionTemplate(parsed.context, parsed.value);
    for (const error of parsed.context.errors.getErrors()) if (!errors.includes(error.message)) errors.push(error.message);
  }
  return { name: file.name, errors, document: toPlain(parsed.value) };
}

const files = JSON.parse(readFileSync(0, "utf8")) as GithubFile[];
const models = await Promise.all(files.map(model));
process.stdout.write(JSON.stringify(models));
