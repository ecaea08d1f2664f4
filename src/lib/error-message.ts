/** The message of an error and its causes ("Failed query … ← connect ECONNREFUSED …"), for logs and health checks. */
export function errorMessageWithCauses(error: unknown, depth = 3): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && parts.length < depth) {
    if (current instanceof Error) {
      const code = (current as NodeJS.ErrnoException).code;
      parts.push(code && !current.message.includes(code) ? `${code} ${current.message}` : current.message);
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.map((part) => part.replace(/\s+/g, " ").trim()).join(" ← ");
}
