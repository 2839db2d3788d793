import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

/** The language a person's mail is written in: the one they chose in the interface, English when none. */
export function toMailLocale(userLocale: string | null | undefined): Locale {
  return isLocale(userLocale) ? userLocale : DEFAULT_LOCALE;
}

/** The mail language of the account behind an address (any case); English when no account uses it. */
export async function getAddressLocale(db: Executor, email: string): Promise<Locale> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return toMailLocale(row?.locale);
}
