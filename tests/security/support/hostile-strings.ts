import fc from "fast-check";

// Input a hostile user types into any field: huge, odd unicode, prototype keys, SQL and HTML
// fragments, JSON of the wrong shape, numbers that are not numbers.

export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(5)",
  "$1",
  "%s%s%s%n",
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  `{"__proto__":{"role":"admin"}}`,
  `{"constructor":{"prototype":{"admin":true}}}`,
  "[]",
  "{}",
  "null",
  "true",
  "-1",
  "-0",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x7fffffff",
  "00000000-0000-0000-0000-000000000000",
  "\u202eevil\u202c",
  "𝕳𝖊𝖑𝖑𝖔 👩🏽‍🚀🏳️‍🌈",
  "\ud800",
  "ÅΩ≈ç√∫˜µ≤≥÷",
  "\r\n\r\nHTTP/1.1 200 OK",
  "x".repeat(5_000),
  "é".repeat(70_000),
];

const jsonValue = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.startsWith("{") || text.startsWith("["))),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify({ type: "single_choice", optionId: value })),
);

/** A value for one field: a hostile string, fast-check's strings (graphemes, full unicode), or JSON. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20_000 }) },
  { weight: 2, arbitrary: jsonValue },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** A valid input with one field replaced, one dropped, or a prototype key added. */
export function mutatedFields(valid: Record<string, string>): fc.Arbitrary<Record<string, string>> {
  const keys = Object.keys(valid);
  const replace = keys.length === 0 ? null : fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  const drop = keys.length === 0 ? null : fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key)));
  const extra = fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "role", "userId", "$ACTION_ID_x", "0"), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  return fc.oneof(...[replace, drop, extra].filter((arbitrary): arbitrary is fc.Arbitrary<Record<string, string>> => arbitrary !== null));
}
