import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientSchema, serverSchema } from "./schemas";

const example = readFileSync(path.join(process.cwd(), ".env.example"), "utf8").split("\n");

describe(".env.example", () => {
  const listed = new Map<string, string>();
  example.forEach((line, index) => {
    const match = /^([A-Z][A-Z0-9_]*)=/.exec(line);
    if (match?.[1]) listed.set(match[1], example[index - 1] ?? "");
  });

  it.each(Object.keys({ ...serverSchema, ...clientSchema }).filter((key) => key !== "NODE_ENV"))(
    "lists %s with a comment above it",
    (key) => {
      expect(listed.has(key)).toBe(true);
      expect(listed.get(key)).toMatch(/^# \S/);
    },
  );

  it("contains no values (no secrets committed)", () => {
    expect(example.filter((line) => /^[A-Z_]+=.+/.test(line))).toEqual([]);
  });
});
