import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rules that encode STYLE.md, checked against code that breaks them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "fatal");
}

describe("project lint rules", () => {
  it("forbids process.env outside src/data/env", async () => {
    expect(await ruleIdsFor("export const key = process.env.SECRET;\n", "src/features/courses/oops.ts")).toContain(
      "no-restricted-properties",
    );
    expect(await ruleIdsFor("export const key = process.env.SECRET;\n", "src/data/env/extra.ts")).not.toContain(
      "no-restricted-properties",
    );
  });

  it("forbids database imports outside the data access layer", async () => {
    const code = 'import { getDb } from "@/drizzle/db";\nexport const db = getDb;\n';
    expect(await ruleIdsFor(code, "src/app/courses/page.tsx")).toContain("no-restricted-imports");
    expect(await ruleIdsFor('import { eq } from "drizzle-orm";\nexport const f = eq;\n', "src/features/courses/actions.ts")).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIdsFor(code, "src/features/courses/db.ts")).not.toContain("no-restricted-imports");
  });

  it("forbids a Drizzle delete without a where clause", async () => {
    const code = "declare const db: { delete(t: unknown): unknown };\nexport const run = () => db.delete({});\n";
    expect(await ruleIdsFor(code, "src/features/courses/db.ts")).toContain("drizzle/enforce-delete-with-where");
  });
});
