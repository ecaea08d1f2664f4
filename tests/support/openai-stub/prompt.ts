// Reads the tags the app's prompts use: <passage>, <rubric>, <learner_answer>, <request>.

export interface Passage {
  id: string;
  title: string;
  text: string;
}

export interface RubricCriterion {
  criterion: string;
  points: number;
  description: string;
}

export interface DraftRequest {
  count: number;
  types: string[];
  difficulty: string;
  topics: string[];
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function attributes(source: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of source.matchAll(/([\w-]+)="([^"]*)"/g)) {
    if (match[1] !== undefined && match[2] !== undefined) found[match[1]] = decodeEntities(match[2]);
  }
  return found;
}

/** Every `<passage id="…" title="…">text</passage>`, in prompt order. */
export function extractPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  for (const match of text.matchAll(/<passage\b([^>]*)>([\s\S]*?)<\/passage>/g)) {
    const attrs = attributes(match[1] ?? "");
    passages.push({ id: attrs.id ?? `P${passages.length + 1}`, title: attrs.title ?? "", text: (match[2] ?? "").trim() });
  }
  return passages;
}

function tagPattern(tag: string): RegExp {
  return new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g");
}

/** The inner text of the first `<tag …>…</tag>` (attributes allowed), or null. */
export function extractTag(text: string, tag: string): string | null {
  return tagPattern(tag).exec(text)?.[1]?.trim() ?? null;
}

/** The inner text of the last `<tag …>…</tag>`, or null. */
export function extractLastTag(text: string, tag: string): string | null {
  return [...text.matchAll(tagPattern(tag))].at(-1)?.[1]?.trim() ?? null;
}

export function withoutPassages(text: string): string {
  return text.replace(/<passage\b[^>]*>[\s\S]*?<\/passage>/g, " ");
}

function parseJsonOr<T>(text: string | null, fallback: T): unknown {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A malformed tag is the prompt author's mistake; the stub answers with defaults rather than failing.
    return fallback;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export function extractRubric(text: string): RubricCriterion[] {
  const parsed = parseJsonOr(extractTag(text, "rubric"), []);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((item) => {
    const record = asRecord(item);
    return {
      criterion: typeof record.criterion === "string" ? record.criterion : "Criterion",
      points: typeof record.points === "number" ? record.points : 0,
      description: typeof record.description === "string" ? record.description : "",
    };
  });
}

export function extractDraftRequest(text: string): DraftRequest {
  const record = asRecord(parseJsonOr(extractTag(text, "request"), {}));
  const count = typeof record.count === "number" && record.count > 0 ? Math.floor(record.count) : 1;
  const types = stringList(record.types);
  return {
    count,
    types: types.length > 0 ? types : ["single_choice"],
    difficulty: typeof record.difficulty === "string" ? record.difficulty : "medium",
    topics: stringList(record.topics),
  };
}
