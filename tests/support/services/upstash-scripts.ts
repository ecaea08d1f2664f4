import { createHash } from "node:crypto";

/**
 * @upstash/ratelimit ≥ 2.1 starts its Lua scripts with
 * `#!lua flags=allow-key-locking`, a flag Redis 7.0 rejects. We drop that flag
 * before Redis sees the script, and map the SHA the client computed (of the
 * original text) to the SHA Redis knows (of the rewritten text) so EVALSHA
 * keeps working. An unknown SHA passes through; Redis answers NOSCRIPT and the
 * client falls back to EVAL, which teaches us the mapping.
 */
const UNSUPPORTED_FLAG = "allow-key-locking";

export function sha1Hex(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

/** Removes the unsupported flag; a shebang left with no flags becomes an empty line. */
export function stripUnsupportedScriptFlags(script: string): string {
  const newline = script.indexOf("\n");
  const firstLine = newline === -1 ? script : script.slice(0, newline);
  const match = /^#!lua\s+flags=(\S*)\s*$/.exec(firstLine);
  if (!match?.[1]) return script;
  const flags = match[1].split(",").filter((flag) => flag !== "" && flag !== UNSUPPORTED_FLAG);
  const shebang = flags.length > 0 ? `#!lua flags=${flags.join(",")}` : "";
  return shebang + script.slice(firstLine.length);
}

export interface RewrittenCommand {
  args: string[];
  /** Reply to send instead of Redis's (non-error) reply: the SHA the client expects. */
  replyOverride?: string;
}

export interface ScriptRewriter {
  rewrite(args: readonly string[]): RewrittenCommand;
}

export function createScriptRewriter(): ScriptRewriter {
  const redisShaByClientSha = new Map<string, string>();

  const remember = (script: string): string => {
    const stripped = stripUnsupportedScriptFlags(script);
    if (stripped !== script) redisShaByClientSha.set(sha1Hex(script), sha1Hex(stripped));
    return stripped;
  };

  return {
    rewrite(args) {
      const name = args[0]?.toLowerCase();
      const [, second, third] = args;
      if ((name === "eval" || name === "eval_ro") && second !== undefined) {
        return { args: [args[0] ?? name, remember(second), ...args.slice(2)] };
      }
      if ((name === "evalsha" || name === "evalsha_ro") && second !== undefined) {
        const sha = redisShaByClientSha.get(second.toLowerCase()) ?? second;
        return { args: [args[0] ?? name, sha, ...args.slice(2)] };
      }
      if (name === "script" && second?.toLowerCase() === "load" && third !== undefined) {
        return { args: [args[0] ?? name, second, remember(third)], replyOverride: sha1Hex(third) };
      }
      return { args: [...args] };
    },
  };
}
