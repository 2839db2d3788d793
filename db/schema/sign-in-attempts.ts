import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Sign-in attempt counters per account and per client address (lib/auth/sign-in-throttle.ts), in the database
 * so every app instance shares them. The key is a hash: the table holds no email or address.
 */
export const signInAttempts = pgTable("sign_in_attempts", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  // The end of the counter's fixed window, by the database's clock.
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
