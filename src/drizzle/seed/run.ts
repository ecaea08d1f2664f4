// npm run db:seed — demo users, the demo course and its class (idempotent).
import { withDatabase } from "../cli";

await withDatabase(async ({ getDatabaseConnection }) => {
  const { seedDemoContent } = await import("./seed");
  const { db, driver } = await getDatabaseConnection();
  const result = await seedDemoContent(db);
  console.log(
    result.seeded
      ? `seeded the demo course (${result.lessons} lessons, ${result.topics} topics) with the ${driver} driver`
      : "demo content already present; demo users ensured",
  );
});
