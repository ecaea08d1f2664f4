// A plausible instance of a JSON schema, for structured outputs the stub has no responder for.

type Schema = Record<string, unknown>;

const MAX_DEPTH = 12;

function asSchema(value: unknown): Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Schema) : {};
}

/** Resolves a local JSON pointer such as "#/$defs/Option" or "#/definitions/x" against the root. */
function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith("#")) return {};
  const segments = ref.slice(1).split("/").filter(Boolean).map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: unknown = root;
  for (const segment of segments) node = asSchema(node)[segment];
  return asSchema(node);
}

function isNullBranch(schema: Schema): boolean {
  return schema.type === "null";
}

function firstNonNull(branches: unknown): Schema {
  const list = Array.isArray(branches) ? branches.map(asSchema) : [];
  return list.find((branch) => !isNullBranch(branch)) ?? list[0] ?? {};
}

function primaryType(schema: Schema): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((type): type is string => typeof type === "string" && type !== "null");
  if (schema.properties) return "object";
  if (schema.items) return "array";
  return undefined;
}

function numberInstance(schema: Schema): number {
  if (typeof schema.minimum === "number") return schema.minimum;
  if (typeof schema.exclusiveMinimum === "number") return schema.exclusiveMinimum + (schema.type === "integer" ? 1 : 0.5);
  return 0;
}

function stringInstance(schema: Schema): string {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  return "stub".padEnd(minLength, "-");
}

function instanceOf(root: Schema, schema: Schema, depth: number): unknown {
  if (depth > MAX_DEPTH) return null;
  if (typeof schema.$ref === "string") return instanceOf(root, resolveRef(root, schema.$ref), depth + 1);
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0] ?? null;
  if (schema.anyOf) return instanceOf(root, firstNonNull(schema.anyOf), depth + 1);
  if (schema.oneOf) return instanceOf(root, firstNonNull(schema.oneOf), depth + 1);
  if (Array.isArray(schema.allOf)) return instanceOf(root, asSchema(schema.allOf[0]), depth + 1);
  switch (primaryType(schema)) {
    case "object": {
      const properties = asSchema(schema.properties);
      return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, instanceOf(root, asSchema(value), depth + 1)]));
    }
    case "array": {
      const count = Math.max(typeof schema.minItems === "number" ? schema.minItems : 0, 1);
      return Array.from({ length: count }, () => instanceOf(root, asSchema(schema.items), depth + 1));
    }
    case "string":
      return stringInstance(schema);
    case "number":
    case "integer":
      return numberInstance(schema);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return {};
  }
}

/** object → all properties; string → "stub"; number → minimum or 0; boolean → true; enum → first; anyOf → first non-null. */
export function instanceFromSchema(schema: unknown): unknown {
  const root = asSchema(schema);
  return instanceOf(root, root, 0);
}

/**
 * Keeps a responder's answer within a strict object schema: its top-level keys become exactly the
 * schema's properties (missing ones filled generically), as a strict-mode model would answer.
 */
export function fitToSchema(value: unknown, schema: unknown): unknown {
  const root = asSchema(schema);
  const properties = asSchema(root.properties);
  const record = asSchema(value);
  if (Object.keys(properties).length === 0 || value !== record) return value;
  return Object.fromEntries(
    Object.entries(properties).map(([key, propertySchema]) => [key, key in record ? record[key] : instanceOf(root, asSchema(propertySchema), 1)]),
  );
}
