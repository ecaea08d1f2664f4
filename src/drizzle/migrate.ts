// npm run db:migrate — apply pending migrations to the configured database (any driver).
import { withDatabase } from "./cli";

await withDatabase(async ({ getDatabaseConnection, MIGRATIONS_FOLDER }) => {
  const connection = await getDatabaseConnection();
  const started = performance.now();
  await connection.migrate(MIGRATIONS_FOLDER);
  console.log(`migrations applied with the ${connection.driver} driver in ${Math.round(performance.now() - started)} ms`);
  // Lessons written before search existed get their search chunks once (idempotent).
  const { indexUnchunkedLessons } = await import("@/features/search/db-index");
  const indexed = await indexUnchunkedLessons(connection.db);
  if (indexed > 0) console.log(`indexed ${indexed} lessons for search`);
});
