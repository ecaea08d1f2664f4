import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/**
 * A column written as "table"."column". Drizzle leaves columns unqualified in a select from a
 * single table, so a correlated subquery such as `lessons.course_id = courses.id` would
 * silently compare a table with itself; correlated references go through this.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
