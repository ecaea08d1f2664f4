/**
 * A JSON parser that remembers the line where each value starts, so a schema error deep inside
 * an uploaded file can name its line. JSON.parse gives no positions, and its syntax-error
 * messages differ between engines.
 */
export type ScannedJson =
  | { ok: true; value: unknown; lineOf: (path: readonly PropertyKey[]) => number }
  | { ok: false; line: number; column: number; message: string };

// Uploaded files are untrusted: bound the recursion well before the call stack is.
const MAX_DEPTH = 200;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

export function scanJson(text: string): ScannedJson {
  const lineStarts = [0, ...Array.from(text.matchAll(/\n/g), (match) => match.index + 1)];
  // Binary search: the last line starting at or before `index`.
  const lineAt = (index: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const lines = new Map<string, number>();
  let index = text.startsWith("\uFEFF") ? 1 : 0;

  const found = () => (index >= text.length ? "the end of the file" : JSON.stringify(text.charAt(index)));
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(index, `expected ${expected}, found ${found()}`);
  };
  const skipSpace = () => {
    while (/[ \t\n\r]/.test(text.charAt(index))) index++;
  };
  /** Steps past a closing `}`, `]` or `"` and returns what it closed. */
  const close = <T>(value: T): T => {
    index++;
    return value;
  };
  const expect = (char: string, expected: string) => {
    skipSpace();
    if (text.charAt(index) !== char) fail(expected);
    index++;
  };

  function readValue(path: (string | number)[]): unknown {
    skipSpace();
    if (path.length > MAX_DEPTH) throw new JsonSyntaxError(index, `values are nested more than ${MAX_DEPTH} deep`);
    lines.set(JSON.stringify(path), lineAt(index));
    const char = text.charAt(index);
    if (char === "{") return readObject(path);
    if (char === "[") return readArray(path);
    if (char === '"') return readString();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (!number) return fail("a value");
    index += number[0].length;
    return Number(number[0]);
  }

  function readObject(path: (string | number)[]): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    index++;
    skipSpace();
    if (text.charAt(index) === "}") return close(object);
    for (;;) {
      skipSpace();
      if (text.charAt(index) !== '"') fail("a property name in double quotes");
      const key = readString();
      expect(":", `":" after the property name`);
      // Like JSON.parse: "__proto__" becomes an ordinary property, not the prototype.
      Object.defineProperty(object, key, { value: readValue([...path, key]), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text.charAt(index) === "}") return close(object);
      expect(",", `"," or "}"`);
    }
  }

  function readArray(path: (string | number)[]): unknown[] {
    const array: unknown[] = [];
    index++;
    skipSpace();
    if (text.charAt(index) === "]") return close(array);
    for (;;) {
      array.push(readValue([...path, array.length]));
      skipSpace();
      if (text.charAt(index) === "]") return close(array);
      expect(",", `"," or "]"`);
    }
  }

  function readString(): string {
    let value = "";
    index++;
    for (;;) {
      const char = text.charAt(index);
      if (index >= text.length) throw new JsonSyntaxError(index, "a string is never closed with a double quote");
      if (char === '"') return close(value);
      if (char < " ") throw new JsonSyntaxError(index, "a string contains a line break or control character; write it as \\n or \\u0000");
      if (char !== "\\") {
        value += char;
        index++;
        continue;
      }
      const escape = text.charAt(index + 1);
      const hex = /^[0-9a-fA-F]{4}$/.exec(text.slice(index + 2, index + 6));
      if (escape === "u" && hex) {
        value += String.fromCharCode(Number.parseInt(hex[0], 16));
        index += 6;
      } else if (Object.hasOwn(ESCAPES, escape)) {
        value += ESCAPES[escape];
        index += 2;
      } else {
        throw new JsonSyntaxError(index, `"\\${escape}" is not a JSON escape`);
      }
    }
  }

  try {
    const value = readValue([]);
    skipSpace();
    if (index < text.length) fail("the end of the file after the JSON value");
    return { ok: true, value, lineOf: (path) => lineOfPath(lines, path) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const line = lineAt(error.index);
    return { ok: false, line, column: error.index - (lineStarts[line - 1] ?? 0) + 1, message: error.message };
  }
}

/** The line of the deepest value on `path` that exists: a missing key points at its object. */
function lineOfPath(lines: ReadonlyMap<string, number>, path: readonly PropertyKey[]): number {
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(JSON.stringify(path.slice(0, length).map((key) => (typeof key === "symbol" ? String(key) : key))));
    if (line !== undefined) return line;
  }
  return 1;
}
