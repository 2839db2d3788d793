import type { Database } from "../../../db/client";
import { ensureSpecAccount } from "./support/accounts";

/**
 * auth.spec.ts signs a coordinator in and out and tries wrong passwords on a juror: its own accounts, so ending
 * a session or throttling an account never touches a state another spec signed in with.
 */
export default async function seedAuth(db: Database) {
  await ensureSpecAccount(db, "authCoordinator", [{ role: "coordinator", countryCode: "BE", editionId: null }]);
  await ensureSpecAccount(db, "authJuror", []);
  await ensureSpecAccount(db, "authThrottled", [{ role: "coordinator", countryCode: "BE", editionId: null }]);
}
