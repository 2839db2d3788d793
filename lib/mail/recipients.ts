import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, users } from "../../db/schema";
import type { Locale } from "../i18n/locales";
import { toMailLocale } from "./recipient-locale";

/** A country's active coordinators for an edition (permanent ones and that edition's), once each, with the language their mail is written in. */
export async function listCoordinatorRecipients(db: Executor, { editionId, countryCode }: { editionId: number; countryCode: string }): Promise<{ email: string; locale: Locale }[]> {
  const rows = await db
    .selectDistinct({ email: users.email, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, "coordinator"),
        eq(memberships.countryCode, countryCode),
        or(isNull(memberships.editionId), eq(memberships.editionId, editionId)),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.email));
  return rows.map((row) => ({ email: row.email, locale: toMailLocale(row.locale) }));
}

/** The addresses of a country's active coordinators for an edition, once each. */
export async function listCoordinatorAddresses(db: Executor, where: { editionId: number; countryCode: string }): Promise<string[]> {
  return (await listCoordinatorRecipients(db, where)).map((row) => row.email);
}
