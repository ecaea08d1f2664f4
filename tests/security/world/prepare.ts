// Child process of the security suite (run with `tsx --conditions=react-server`, so the app's
// "server-only" modules load): migrates the database the way the app does, runs the app's demo
// seed, then seeds the security world through the data access layer, and writes the world as
// JSON to argv[2]. Env: DATABASE_URL (the suite's PostgreSQL; the app's global database, which
// the data access layer writes through, opens from it too), SECURITY_CANARY_SALT (optional).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";

const out = process.argv[2];
if (!out || !process.env.DATABASE_URL) {
  throw new Error("usage: DATABASE_URL=… [SECURITY_CANARY_SALT=…] tsx --conditions=react-server tests/security/world/prepare.ts <world.json>");
}
const canarySalt = process.env.SECURITY_CANARY_SALT || randomBytes(4).toString("hex");

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));
const { getDatabaseConnection, MIGRATIONS_FOLDER } = await import("@/drizzle/db");
const { seedDemoContent } = await import("@/drizzle/seed/seed");
const { seedSecurityWorld } = await import("./seed");
const connection = await getDatabaseConnection();
try {
  if (connection.driver === "pglite") throw new Error("the security world needs PostgreSQL: DATABASE_URL selected the embedded PGlite driver");
  let started = performance.now();
  await connection.migrate(MIGRATIONS_FOLDER);
  const migrate = seconds(started);
  started = performance.now();
  const demo = await seedDemoContent(connection.db);
  if (!demo.seeded) throw new Error("the demo seed found content already there: the security world needs an empty database");
  const demoSeconds = seconds(started);
  started = performance.now();
  const world = await seedSecurityWorld(connection.db, { canarySalt });
  writeFileSync(out, JSON.stringify(world, null, 2));
  console.error(`security world: salt ${canarySalt}; migrate ${migrate}s, demo ${demoSeconds}s, world ${seconds(started)}s → ${out}`);
} finally {
  await connection.close();
}
