import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { countries } from "../schema";

/** The EU member states with the date they joined, and the former member that past editions still name. */
export const COUNTRIES = [
  { code: "AT", name: "Austria", joinedOn: "1995-01-01", leftOn: null },
  { code: "BE", name: "Belgium", joinedOn: "1958-01-01", leftOn: null },
  { code: "BG", name: "Bulgaria", joinedOn: "2007-01-01", leftOn: null },
  { code: "HR", name: "Croatia", joinedOn: "2013-07-01", leftOn: null },
  { code: "CY", name: "Cyprus", joinedOn: "2004-05-01", leftOn: null },
  { code: "CZ", name: "Czech Republic", joinedOn: "2004-05-01", leftOn: null },
  { code: "DK", name: "Denmark", joinedOn: "1973-01-01", leftOn: null },
  { code: "EE", name: "Estonia", joinedOn: "2004-05-01", leftOn: null },
  { code: "FI", name: "Finland", joinedOn: "1995-01-01", leftOn: null },
  { code: "FR", name: "France", joinedOn: "1958-01-01", leftOn: null },
  { code: "DE", name: "Germany", joinedOn: "1958-01-01", leftOn: null },
  { code: "GR", name: "Greece", joinedOn: "1981-01-01", leftOn: null },
  { code: "HU", name: "Hungary", joinedOn: "2004-05-01", leftOn: null },
  { code: "IE", name: "Ireland", joinedOn: "1973-01-01", leftOn: null },
  { code: "IT", name: "Italy", joinedOn: "1958-01-01", leftOn: null },
  { code: "LV", name: "Latvia", joinedOn: "2004-05-01", leftOn: null },
  { code: "LT", name: "Lithuania", joinedOn: "2004-05-01", leftOn: null },
  { code: "LU", name: "Luxembourg", joinedOn: "1958-01-01", leftOn: null },
  { code: "MT", name: "Malta", joinedOn: "2004-05-01", leftOn: null },
  { code: "NL", name: "Netherlands", joinedOn: "1958-01-01", leftOn: null },
  { code: "PL", name: "Poland", joinedOn: "2004-05-01", leftOn: null },
  { code: "PT", name: "Portugal", joinedOn: "1986-01-01", leftOn: null },
  { code: "RO", name: "Romania", joinedOn: "2007-01-01", leftOn: null },
  { code: "SK", name: "Slovakia", joinedOn: "2004-05-01", leftOn: null },
  { code: "SI", name: "Slovenia", joinedOn: "2004-05-01", leftOn: null },
  { code: "ES", name: "Spain", joinedOn: "1986-01-01", leftOn: null },
  { code: "SE", name: "Sweden", joinedOn: "1995-01-01", leftOn: null },
  { code: "GB", name: "United Kingdom", joinedOn: "1973-01-01", leftOn: "2020-01-31" },
] as const;

/** Inserts or refreshes every country; running it twice leaves the same rows. */
export async function seedCountries(db: Executor): Promise<void> {
  await db
    .insert(countries)
    .values(COUNTRIES.map((c) => ({ ...c })))
    .onConflictDoUpdate({
      target: countries.code,
      set: { name: sql`excluded.name`, joinedOn: sql`excluded.joined_on`, leftOn: sql`excluded.left_on` },
    });
}
