import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const JOB_STATES = ["pending", "running", "done", "failed"] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Time-driven work (a scheduled publication, mail delivery), claimed by one runner at a time with
 * `for update skip locked`, so each due job runs once however many app instances there are.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").notNull(),
    // What the job is about ("edition:12"): one pending job per kind and key, so scheduling again replaces it.
    key: text("key").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    state: text("state").$type<JobState>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lastError: text("last_error"),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lockedBy: text("locked_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    check("jobs_state_known", sql`${t.state} in ('pending', 'running', 'done', 'failed')`),
    uniqueIndex("jobs_pending_kind_key").on(t.kind, t.key).where(sql`${t.state} = 'pending'`),
    index("jobs_due_idx").on(t.state, t.runAt),
  ],
);

export type Job = typeof jobs.$inferSelect;
