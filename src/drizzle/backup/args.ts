import { BackupError } from "./errors";

export const BACKUP_USAGE = "usage: npm run db:backup [-- --out FILE] [--pg-bin DIR]";
export const RESTORE_USAGE = "usage: npm run db:restore -- FILE [--yes] [--i-know-this-is-production] [--pg-bin DIR]";

export type BackupArgs = { out?: string; pgBin?: string };
export type RestoreArgs = { file: string; yes: boolean; productionConfirmed: boolean; pgBin?: string };

type Parsed = { flags: Set<string>; values: Map<string, string>; positionals: string[] };

function parse(argv: readonly string[], booleans: readonly string[], valued: readonly string[], usage: string): Parsed {
  const parsed: Parsed = { flags: new Set(), values: new Map(), positionals: [] };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const [name, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (booleans.includes(name as string) && inline === undefined) parsed.flags.add(name as string);
    else if (valued.includes(name as string)) {
      const value = inline ?? argv[++index];
      if (!value || value.startsWith("--")) throw new BackupError(`${name} needs a value\n${usage}`);
      parsed.values.set(name as string, value);
    } else if (arg.startsWith("-") && arg !== "-") throw new BackupError(`unknown option ${arg}\n${usage}`);
    else parsed.positionals.push(arg);
  }
  return parsed;
}

export function parseBackupArgs(argv: readonly string[]): BackupArgs {
  const parsed = parse(argv, [], ["--out", "--pg-bin"], BACKUP_USAGE);
  if (parsed.positionals.length > 0) throw new BackupError(`unexpected argument ${parsed.positionals[0]}\n${BACKUP_USAGE}`);
  return { out: parsed.values.get("--out"), pgBin: parsed.values.get("--pg-bin") };
}

export function parseRestoreArgs(argv: readonly string[]): RestoreArgs {
  const parsed = parse(argv, ["--yes", "--i-know-this-is-production"], ["--pg-bin"], RESTORE_USAGE);
  const [file, extra] = parsed.positionals;
  if (!file) throw new BackupError(`name the dump file to restore\n${RESTORE_USAGE}`);
  if (extra) throw new BackupError(`restore takes one dump file, not also ${extra}\n${RESTORE_USAGE}`);
  return {
    file,
    yes: parsed.flags.has("--yes"),
    productionConfirmed: parsed.flags.has("--i-know-this-is-production"),
    pgBin: parsed.values.get("--pg-bin"),
  };
}
