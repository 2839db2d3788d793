import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";

/** Ends every session of a person: tokens carrying an older session version are refused from the next request. */
export async function endSessions({ db, userId }: { db: Executor; userId: number }): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
