import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, users } from "../../db/schema";

/** The addresses of a country's active coordinators for an edition (permanent ones and that edition's), once each. */
export async function listCoordinatorAddresses(db: Executor, { editionId, countryCode }: { editionId: number; countryCode: string }) {
  const rows = await db
    .selectDistinct({ email: users.email })
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
  return rows.map((row) => row.email);
}
