import { z } from "zod";

// Scripted misbehaviour: rules are appended; the first matching rule with uses left wins.
const matchSchema = z.object({
  /** The structured output's json_schema name. */
  schema: z.string().optional(),
  /** The request path, with or without the /v1 prefix. */
  path: z.string().optional(),
  /** A substring of the request's raw JSON body. */
  contains: z.string().optional(),
});

const behaviorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("status"), status: z.number().int().min(400).max(599), retryAfterSeconds: z.number().nonnegative().optional() }),
  z.object({ kind: z.literal("delay"), ms: z.number().int().nonnegative() }),
  z.object({ kind: z.literal("hang") }),
  z.object({ kind: z.literal("invalid-json") }),
  z.object({ kind: z.literal("out-of-range") }),
  z.object({ kind: z.literal("wrong-shape") }),
  z.object({ kind: z.literal("reply"), content: z.string() }),
  z.object({ kind: z.literal("flawed-drafts") }),
  z.object({ kind: z.literal("obey-injection") }),
]);

const ruleSchema = z.object({
  match: matchSchema.optional(),
  behavior: behaviorSchema,
  /** How many requests the rule applies to; null = until reset. Default 1. */
  times: z.number().int().positive().nullable().optional(),
});

export const scenarioInputSchema = z.object({ rules: z.array(ruleSchema).optional(), adversarial: z.boolean().optional() });

export type Match = z.infer<typeof matchSchema>;
export type Behavior = z.infer<typeof behaviorSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;

/** What a rule can be matched against. */
export interface MatchTarget {
  path: string;
  schemaName: string | null;
  bodyText: string;
}

export interface ScenarioBook {
  add(input: ScenarioInput): void;
  reset(): void;
  /** The behaviour for this request (consuming one use of its rule), or null to behave normally. */
  take(target: MatchTarget): Behavior | null;
  readonly adversarial: boolean;
  describe(): { adversarial: boolean; rules: { match: Match; behavior: Behavior; remaining: number | null }[] };
}

function samePath(pattern: string, path: string): boolean {
  return pattern === path || `/v1${pattern.startsWith("/") ? "" : "/"}${pattern}` === path;
}

function matches(match: Match | undefined, target: MatchTarget): boolean {
  if (!match) return true;
  if (match.schema !== undefined && match.schema !== target.schemaName) return false;
  if (match.path !== undefined && !samePath(match.path, target.path)) return false;
  return match.contains === undefined || target.bodyText.includes(match.contains);
}

export function createScenarioBook(): ScenarioBook {
  let rules: { match: Match; behavior: Behavior; remaining: number | null }[] = [];
  let adversarial = false;
  return {
    add(input) {
      const parsed = scenarioInputSchema.parse(input);
      if (parsed.adversarial !== undefined) adversarial = parsed.adversarial;
      for (const rule of parsed.rules ?? []) {
        rules.push({ match: rule.match ?? {}, behavior: rule.behavior, remaining: rule.times === undefined ? 1 : rule.times });
      }
    },
    reset() {
      rules = [];
      adversarial = false;
    },
    take(target) {
      const rule = rules.find((candidate) => candidate.remaining !== 0 && matches(candidate.match, target));
      if (!rule) return null;
      if (rule.remaining !== null) rule.remaining -= 1;
      rules = rules.filter((candidate) => candidate.remaining !== 0);
      return rule.behavior;
    },
    get adversarial() {
      return adversarial;
    },
    describe() {
      return { adversarial, rules: rules.map((rule) => ({ ...rule })) };
    },
  };
}
