// A minimal multipart/form-data parser: enough for the SDK's file uploads, not a general one.

export interface MultipartFile {
  name: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string>;
  files: MultipartFile[];
}

export class MultipartError extends Error {}

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

// Fetch's FormData (and the SDK's streaming encoder) percent-escape quotes and line breaks in names.
function unescapeName(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
}

function dispositionParam(disposition: string, param: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${param}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(disposition);
  return match?.[1] === undefined ? null : unescapeName(match[1].replace(/\\(.)/g, "$1"));
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartForm {
  const form: MultipartForm = { fields: {}, files: [] };
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  let position = body.indexOf(delimiter);
  if (position < 0) throw new MultipartError("multipart body has no boundary");
  position += delimiter.length;
  while (body.subarray(position, position + 2).toString("latin1") !== "--") {
    const headersEnd = body.indexOf("\r\n\r\n", position);
    if (headersEnd < 0) throw new MultipartError("multipart part without headers");
    const headers = parseHeaders(body.subarray(position, headersEnd).toString("utf8"));
    const contentStart = headersEnd + 4;
    const contentEnd = body.indexOf(separator, contentStart);
    if (contentEnd < 0) throw new MultipartError("multipart part is not terminated");
    const disposition = headers["content-disposition"] ?? "";
    const name = dispositionParam(disposition, "name") ?? "";
    const filename = dispositionParam(disposition, "filename");
    const data = body.subarray(contentStart, contentEnd);
    if (filename === null) form.fields[name] = data.toString("utf8");
    else form.files.push({ name, filename, contentType: headers["content-type"] ?? "application/octet-stream", data: Buffer.from(data) });
    position = contentEnd + separator.length;
  }
  return form;
}
