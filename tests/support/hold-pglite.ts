// Child process for the lock test: opens a PGlite data dir, migrates, writes a marker row,
// prints "ready" and keeps the database open until killed.
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite } from "@/drizzle/drivers/pglite";

const [dataDir, marker] = process.argv.slice(2);
if (!dataDir || !marker) throw new Error("usage: hold-pglite <dataDir> <marker>");
const connection = await openPglite(dataDir);
await connection.migrate(path.join(process.cwd(), "src/drizzle/migrations"));
await connection.db.execute(
  sql`insert into users (auth_provider, external_id, email, name) values ('dev', ${marker}, 'holder@example.test', 'Holder')`,
);
console.log("ready");
setInterval(() => {}, 60_000);
