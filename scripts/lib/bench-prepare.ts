/*
 * `npm run bench` step, before the app starts (PGlite allows one process at a time): opens the generated edition
 * of --year for scoring (jury_scoring, deadline in 30 days) and turns the sheets the bench will save back into
 * drafts. Prints one JSON line: the edition's criteria and, per slot, a juror's email and a dossier of theirs.
 */
import { parseArgs } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import { openConnection } from "../../db/client";
import { getEnv } from "../../lib/env";

const { values } = parseArgs({ options: { year: { type: "string" }, jurors: { type: "string" }, slots: { type: "string" } } });
const year = Number(values.year);
const jurorCount = Number(values.jurors);
const slotCount = Number(values.slots);

async function main() {
  const env = getEnv();
  const connection = openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, max: 1 });
  const select = async <T>(query: SQL): Promise<T[]> => {
    const result = (await connection.db.execute(query)) as unknown;
    return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
  };
  try {
    const [edition] = await select<{ id: number }>(sql`select id from editions where year = ${year}`);
    if (!edition) throw new Error(`No edition of ${year}: seed it first.`);
    const editionId = Number(edition.id);
    await connection.db.execute(sql`update editions set phase = 'jury_scoring', submission_deadline = now() - interval '60 days',
      jury_deadline = now() + interval '30 days', jury_closed_at = null, jury_close_reason = null where id = ${editionId}`);
    const emails = Array.from({ length: jurorCount }, (_, i) => `scale-${year}-juror-${String(i + 1).padStart(5, "0")}@scale.invalid`);
    const perJuror = Math.ceil(slotCount / jurorCount);
    const slots = await select<{ email: string; sheetId: number; nominationId: string; version: number }>(sql`
      select email, sheet_id as "sheetId", nomination_id as "nominationId", version from (
        select u.email, s.id as sheet_id, s.nomination_id, s.version,
          row_number() over (partition by u.id order by s.nomination_id) as position
        from score_sheets s join users u on u.id = s.juror_user_id
        where s.edition_id = ${editionId} and u.email in (${sql.join(emails.map((e) => sql`${e}`), sql`, `)})
      ) numbered where position <= ${perJuror} order by position, email limit ${slotCount}`);
    const sheetIds = slots.map((s) => Number(s.sheetId));
    await connection.db.execute(sql`update score_sheets set state = 'draft', submitted_at = null
      where id in (${sql.join(sheetIds.map((id) => sql`${id}`), sql`, `)})`);
    const criteria = await select<{ id: number; scaleMin: number; scaleMax: number }>(
      sql`select id, scale_min as "scaleMin", scale_max as "scaleMax" from criteria where edition_id = ${editionId} order by position`,
    );
    console.log(JSON.stringify({ editionId, criteria: criteria.map((c) => ({ id: Number(c.id), scaleMin: Number(c.scaleMin), scaleMax: Number(c.scaleMax) })), slots: slots.map((s) => ({ email: s.email, nominationId: s.nominationId, version: Number(s.version) })) }));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
