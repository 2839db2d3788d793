import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-in counters per account and per client address, in the layout rate-limiter-flexible's
 * RateLimiterDrizzle reads (key, points, expire), so every app instance shares the same counts.
 */
export const signInAttempts = pgTable("sign_in_attempts", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: timestamp("expire", { withTimezone: true }),
});
