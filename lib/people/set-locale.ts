import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import type { Locale } from "../i18n/locales";

/** Remembers the interface language a person chose, so it follows them to any browser they sign in on. */
export async function setUserLocale({ db, userId, locale }: { db: Executor; userId: number; locale: Locale }): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
