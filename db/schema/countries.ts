import { char, date, pgTable, text } from "drizzle-orm/pg-core";

/** A member state (or region) of the network, by ISO 3166-1 alpha-2 code. Former members keep their row. */
export const countries = pgTable("countries", {
  code: char("code", { length: 2 }).primaryKey(),
  name: text("name").notNull(),
  joinedOn: date("joined_on"),
  // Set for former member states (the United Kingdom left on 2020-01-31); past editions still name them.
  leftOn: date("left_on"),
});

export type Country = typeof countries.$inferSelect;
