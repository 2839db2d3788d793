import { notFound } from "next/navigation";
import { getDb } from "../../db/client";
import { can, type Action } from "../access/policy";
import { getEditionByYear } from "../editions/queries";
import { parseYearParam } from "../validation/year";
import { requirePageUser } from "./session";

/**
 * The opening of every secretariat page about one edition: the session (or a sign-in redirect back to `path`),
 * the year from the URL (404 when malformed or unknown) and the right to act on that edition.
 * Returns null when the signed-in person may not, so the page renders its refusal without any data.
 */
export async function requireAdminEditionPage(yearParam: string, path: string, action: Action = "edition.manage") {
  const user = await requirePageUser(path);
  if (!user.isAdmin) return null;
  const year = parseYearParam(yearParam);
  if (year === undefined) notFound();
  const db = getDb();
  const edition = await getEditionByYear({ db, year });
  if (!edition) notFound();
  if (!can(user, action, { edition })) return null;
  return { user, db, edition };
}
