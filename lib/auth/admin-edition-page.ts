import { forbidden, notFound } from "next/navigation";
import { getDb } from "../../db/client";
import { can, type Action } from "../access/policy";
import { getEditionByYear } from "../editions/queries";
import { parseYearParam } from "../validation/year";
import { requirePageUser } from "./session";

/**
 * The opening of every secretariat page about one edition: the session (or a sign-in redirect back to `path`),
 * the year from the URL (404 when malformed or unknown) and the right to act on that edition.
 * A signed-in person who may not gets the secretariat's refusal page (app/admin/forbidden.tsx) with status 403.
 */
export async function requireAdminEditionPage(yearParam: string, path: string, action: Action = "edition.manage") {
  const user = await requirePageUser(path);
  if (!user.isAdmin) forbidden();
  const year = parseYearParam(yearParam);
  if (year === undefined) notFound();
  const db = getDb();
  const edition = await getEditionByYear({ db, year });
  if (!edition) notFound();
  if (!can(user, action, { edition })) forbidden();
  return { user, db, edition };
}
