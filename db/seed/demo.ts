import type { Database } from "../client";
import { DEMO_ACCOUNTS, seedAccounts, type DemoAccount } from "./accounts";
import { seedArchive } from "./archive";
import { seedCountries } from "./countries";
import { JURORS_2014, seedEdition2014 } from "./edition-2014";
import { DEMO_YEAR, seedEdition2026 } from "./edition-2026";

/**
 * Seeds the demo: countries, the published 2014 edition with its jury and scores, the archive of past winners,
 * the 2026 edition open for nominations and the demo accounts. One transaction, and safe to run again: what
 * exists is found by its natural key and left as it is. Returns every demo account with its password.
 */
export async function seedDemo(db: Database): Promise<DemoAccount[]> {
  return db.transaction(async (tx) => {
    await seedCountries(tx);
    await seedEdition2014(tx);
    await seedArchive(tx);
    const editionId = await seedEdition2026(tx);
    await seedAccounts(tx, DEMO_ACCOUNTS, new Map([[DEMO_YEAR, editionId]]));
    return [...DEMO_ACCOUNTS, ...JURORS_2014];
  });
}
