import type { DatabaseTarget } from "./target";

/** What db:backup and db:restore get from their script: configuration, the environment for the tools, output. */
export type ScriptContext = {
  database: DatabaseTarget;
  vercelEnv?: string;
  /** The environment pg_dump / pg_restore inherit (PATH, PGSSLROOTCERT, …). */
  childEnv: NodeJS.ProcessEnv;
  print: (line: string) => void;
  now: () => Date;
};
