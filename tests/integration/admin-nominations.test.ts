import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { nominations, users } from "@/db/schema";
import { countNominationsByState, listAdminNominations, listMemberStatesProgress } from "@/lib/nominations/admin-queries";
import { COUNTRIES } from "@/db/seed/countries";
import { AppError } from "@/lib/errors";
import { getNominationListHref, nominationListQuerySchema, type NominationListQuery } from "@/lib/validation/admin-nominations";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

const query = (overrides: Partial<NominationListQuery> = {}): NominationListQuery => ({ sort: "country", ...overrides });

describeEachEngine("secretariat: the list of an edition's nominations", (t) => {
  async function setUp() {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const make = (countryCode: string, title: string, values: { state?: "draft" | "submitted" | "accepted"; kind?: "additional" } = {}) =>
      createNomination(t.db, { editionId: edition.id, countryCode, title, ...values });
    const nlSubmitted = await make("NL", "Mentors", { state: "submitted" });
    const plSubmitted = await make("PL", "athletes", { state: "submitted" });
    const beDraft = await make("BE", "Zebra crossings");
    const nlAdditional = await make("NL", "Bikes", { kind: "additional", state: "submitted" });
    // Another edition's nomination never shows in this one's list.
    const other = await createEdition(t.db);
    await createNomination(t.db, { editionId: other.id, countryCode: "NL", state: "submitted" });
    return { admin, edition, nlSubmitted, plSubmitted, beDraft, nlAdditional };
  }

  it("lists competing and additional nominations, drafts included, filtered by country and by state", async () => {
    const { admin, edition, nlSubmitted, plSubmitted, beDraft, nlAdditional } = await setUp();
    const list = (q: Partial<NominationListQuery>) =>
      listAdminNominations({ db: t.db, viewer: admin, edition, query: query(q) }).then((rows) => rows.map((row) => row.id));
    expect((await list({})).sort()).toEqual([beDraft.id, nlSubmitted.id, plSubmitted.id, nlAdditional.id].sort());
    expect((await list({ country: "NL" })).sort()).toEqual([nlSubmitted.id, nlAdditional.id].sort());
    expect(await list({ state: "draft" })).toEqual([beDraft.id]);
    expect(await list({ country: "NL", state: "draft" })).toEqual([]);
    expect(await list({ country: "SE" })).toEqual([]);
  });

  it("sorts by country, title, state, submission and last save, in both directions", async () => {
    const { admin, edition, nlSubmitted, plSubmitted, beDraft, nlAdditional } = await setUp();
    // Distinct times so the order by time is certain: PL submitted first, then NL; BE saved last.
    await t.db.update(nominations).set({ submittedAt: sql`now() - interval '3 days'`, updatedAt: sql`now() - interval '3 days'` }).where(eq(nominations.id, plSubmitted.id));
    await t.db.update(nominations).set({ submittedAt: sql`now() - interval '2 days'`, updatedAt: sql`now() - interval '2 days'` }).where(eq(nominations.id, nlSubmitted.id));
    await t.db.update(nominations).set({ submittedAt: sql`now() - interval '1 day'`, updatedAt: sql`now() - interval '1 day'` }).where(eq(nominations.id, nlAdditional.id));
    await t.db.update(nominations).set({ updatedAt: sql`now()` }).where(eq(nominations.id, beDraft.id));
    const list = (q: Partial<NominationListQuery>) =>
      listAdminNominations({ db: t.db, viewer: admin, edition, query: query(q) }).then((rows) => rows.map((row) => row.title));

    // Belgium, Netherlands (competing before additional), Poland.
    expect(await list({ sort: "country" })).toEqual(["Zebra crossings", "Mentors", "Bikes", "athletes"]);
    expect(await list({ sort: "country", dir: "desc" })).toEqual(["athletes", "Mentors", "Bikes", "Zebra crossings"]);
    // Titles sort without regard to case.
    expect(await list({ sort: "title" })).toEqual(["athletes", "Bikes", "Mentors", "Zebra crossings"]);
    expect(await list({ sort: "state" })).toEqual(["Zebra crossings", "Mentors", "Bikes", "athletes"]);
    // Newest submission first by default; a draft has none and always comes last.
    expect(await list({ sort: "submitted" })).toEqual(["Bikes", "Mentors", "athletes", "Zebra crossings"]);
    expect(await list({ sort: "submitted", dir: "asc" })).toEqual(["athletes", "Mentors", "Bikes", "Zebra crossings"]);
    expect(await list({ sort: "saved" })).toEqual(["Zebra crossings", "Bikes", "Mentors", "athletes"]);
  });

  it("shows who saved a dossier last, and never a contact's details", async () => {
    const { admin, edition, beDraft } = await setUp();
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    await t.db.update(users).set({ name: "Anna Peeters" }).where(eq(users.id, coordinator.id));
    await t.db.update(nominations).set({ updatedBy: coordinator.id }).where(eq(nominations.id, beDraft.id));
    const rows = await listAdminNominations({ db: t.db, viewer: admin, edition, query: query({ country: "BE" }) });
    expect(rows[0]).toMatchObject({ id: beDraft.id, updatedByName: "Anna Peeters", countryName: "Belgium" });
    expect(Object.keys(rows[0]!)).not.toContain("contactEmail");
  });

  it("counts the edition's nominations per state, whatever the filters", async () => {
    const { admin, edition } = await setUp();
    expect(await countNominationsByState({ db: t.db, viewer: admin, edition })).toEqual({
      draft: 1,
      submitted: 3,
      accepted: 0,
      rejected: 0,
      awarded: 0,
      participant: 0,
    });
  });

  it("finds the member states with no submitted competing nomination, telling drafts from nothing started", async () => {
    const { admin, edition } = await setUp();
    // Denmark's only nomination is an additional one: its competing dossier is still not started.
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "submitted" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR", state: "accepted" });
    const rows = await listMemberStatesProgress({ db: t.db, viewer: admin, edition });
    const progress = Object.fromEntries(rows.map((row) => [row.countryCode, row.progress]));
    expect(progress).toMatchObject({ NL: "submitted", PL: "submitted", FR: "submitted", BE: "draft", DK: "none", SE: "none" });
    expect(rows.find((row) => row.countryCode === "BE")).toMatchObject({ title: "Zebra crossings", countryName: "Belgium" });
    // The United Kingdom left in 2020: it is no member state for an edition with a later deadline.
    expect(progress).not.toHaveProperty("GB");
    expect(rows).toHaveLength(COUNTRIES.length - 1);
  });

  it("takes membership at the edition's deadline: a country that left later or joined earlier counts", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const at = (deadline: string) =>
      createEdition(t.db, { submissionDeadline: new Date(deadline), juryDeadline: new Date(new Date(deadline).getTime() + 86_400_000) });
    const codes = async (deadline: string) =>
      (await listMemberStatesProgress({ db: t.db, viewer: admin, edition: await at(deadline) })).map((row) => row.countryCode);
    expect(await codes("2014-09-30T22:00:00Z")).toContain("GB");
    expect(await codes("2014-09-30T22:00:00Z")).toContain("HR");
    // On the day it left it was no longer a member; the day before it still was.
    expect(await codes("2020-01-31T12:00:00Z")).not.toContain("GB");
    expect(await codes("2020-01-30T12:00:00Z")).toContain("GB");
    // Croatia joined on 2013-07-01.
    expect(await codes("2012-09-30T12:00:00Z")).not.toContain("HR");
  });

  it("refuses every non-admin, and a disabled admin", async () => {
    const { edition } = await setUp();
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "NL" }]);
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
    const admin = await createUser(t.db, [{ role: "admin" }]);
    for (const viewer of [coordinator, juror, { ...admin, isActive: false }]) {
      for (const read of [
        listAdminNominations({ db: t.db, viewer, edition, query: query() }),
        countNominationsByState({ db: t.db, viewer, edition }),
        listMemberStatesProgress({ db: t.db, viewer, edition }),
      ]) {
        await expect(read).rejects.toSatisfy((error) => error instanceof AppError && error.code === "FORBIDDEN");
      }
    }
  });
});

it("reads the list's query string leniently: unknown values fall back, the first of repeated values counts", () => {
  expect(nominationListQuerySchema.parse({})).toEqual({ sort: "country" });
  expect(nominationListQuerySchema.parse({ country: "nl", state: "submitted", sort: "saved", dir: "asc" })).toEqual({
    country: "NL",
    state: "submitted",
    sort: "saved",
    dir: "asc",
  });
  expect(nominationListQuerySchema.parse({ country: "Netherlands", state: "lost", sort: "score", dir: "up" })).toEqual({ sort: "country" });
  expect(nominationListQuerySchema.parse({ state: ["draft", "submitted"] })).toEqual({ state: "draft", sort: "country" });
});

it("writes the list's links with only what differs from the defaults", () => {
  const path = "/admin/editions/2026/nominations";
  expect(getNominationListHref(path, { sort: "country" })).toBe(path);
  expect(getNominationListHref(path, { sort: "country", dir: "asc", country: "NL", state: "draft" })).toBe(`${path}?country=NL&state=draft`);
  expect(getNominationListHref(path, { sort: "saved", dir: "desc" })).toBe(`${path}?sort=saved`);
  expect(getNominationListHref(path, { sort: "saved", dir: "asc" })).toBe(`${path}?sort=saved&dir=asc`);
  expect(getNominationListHref(path, { sort: "title", dir: "desc" })).toBe(`${path}?sort=title&dir=desc`);
});
