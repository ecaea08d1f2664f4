import { boundaryOf, MultipartError, parseMultipart, type MultipartForm } from "./multipart";

export interface RecordedFile {
  name: string;
  filename: string;
  size: number;
  contentType: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Parsed JSON; for multipart `{ fields, files }`; the raw text when it was not valid JSON; null when empty. */
  body: unknown;
  authorization: string | null;
  at: number;
}

export interface ParsedBody {
  /** What requests() reports. */
  recorded: unknown;
  /** The JSON body, or null for multipart / empty / invalid bodies. */
  json: unknown;
  form: MultipartForm | null;
  /** The text scenario `contains` matches against. */
  text: string;
  /** Why the body could not be parsed, if it could not. */
  error: string | null;
}

export function parseRequestBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  const boundary = boundaryOf(contentType);
  if (boundary !== null) {
    try {
      const form = parseMultipart(raw, boundary);
      const files = form.files.map(({ name, filename, data, contentType: type }) => ({ name, filename, size: data.length, contentType: type }));
      const recorded = { fields: form.fields, files };
      return { recorded, json: null, form, text: JSON.stringify(recorded), error: null };
    } catch (error) {
      if (!(error instanceof MultipartError)) throw error;
      return { recorded: null, json: null, form: null, text: "", error: error.message };
    }
  }
  const text = raw.toString("utf8");
  if (text.length === 0) return { recorded: null, json: null, form: null, text, error: null };
  try {
    const json: unknown = JSON.parse(text);
    return { recorded: json, json, form: null, text, error: null };
  } catch (error) {
    return { recorded: text, json: null, form: null, text, error: `invalid JSON body: ${String(error)}` };
  }
}
