import { and, asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mailOutbox, mailTemplates, nominations } from "@/db/schema";
import { sendJuryReminders } from "@/lib/jury/send-reminders";
import { getDefaultTemplate } from "@/lib/mail/templates";
import { getEditionTemplate, getTemplateForEditor, listEditionTemplates } from "@/lib/mail/template-queries";
import { resetMailTemplate } from "@/lib/mail/reset-template";
import { saveMailTemplate } from "@/lib/mail/save-template";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { sendDueReminders } from "@/lib/reminders/send-due";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { listAuditActions, outcomeOf, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

async function listMail(db: Database, editionId: number, kind: string) {
  return db
    .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.editionId, editionId), eq(mailOutbox.kind, kind)))
    .orderBy(asc(mailOutbox.id));
}

async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await promise;
  } catch (error) {
    return toFieldErrors(error);
  }
  throw new Error("The save was expected to be refused.");
}

function toFieldErrors(error: unknown): Record<string, string[]> {
  const issues = (error as { issues?: { path: string[]; message: string }[] }).issues ?? [];
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.path.join(".")] ??= []).push(issue.message);
  return fields;
}

describeEachEngine("mail templates: the secretariat's own texts per edition", (t) => {
  it("refuses an unknown placeholder and a missing required one, naming them, and saves nothing", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const input = { editionId: edition.id, kind: "jury-invitation" as const, version: 0, subject: "Join the jury {{edition_year}}", body: "Dear {{name}}, {{link}}" };

    const unknown = await fieldErrorsOf(saveMailTemplate({ db: t.db, actor: admin, input: { ...input, body: "Dear {{fullname}}, {{link}}" } }));
    expect(unknown.body).toEqual([expect.stringMatching(/^Unknown placeholder \{\{fullname\}\}: this message knows \{\{name\}\}/)]);
    const withoutLink = await fieldErrorsOf(saveMailTemplate({ db: t.db, actor: admin, input: { ...input, body: "Dear {{name}}, see you." } }));
    expect(withoutLink.body).toEqual(["Keep {{link}} in this text: the message is useless without it."]);
    expect(await t.db.select().from(mailTemplates).where(eq(mailTemplates.editionId, edition.id))).toEqual([]);

    // Only the secretariat may change the texts.
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    expect(await outcomeOf(saveMailTemplate({ db: t.db, actor: coordinator, input }))).toBe("FORBIDDEN");
  });

  it("uses a saved text for the next message of its kind, in that edition only, until it is reset", async () => {
    const { edition, admin } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE"] });
    const other = await createEdition(t.db);
    const saved = await saveMailTemplate({
      db: t.db,
      actor: admin,
      input: { editionId: edition.id, kind: "jury-reminder", version: 0, subject: "Still {{missing_count}} for {{edition_year}}", body: "Hello {{name}},\n{{missing_list}}\nBy {{deadline}}: {{link}}" },
    });
    expect(saved).toEqual({ kind: "jury-reminder", locale: "en", version: 1 });
    expect(await getEditionTemplate(t.db, other.id, "jury-reminder")).toEqual(getDefaultTemplate("jury-reminder"));

    await sendJuryReminders({ db: t.db, user: admin, editionId: edition.id, appUrl: "https://palmares.example" });
    const [mail] = await listMail(t.db, edition.id, "jury.reminder");
    expect(mail!.subject).toBe(`Still 1 dossier for ${edition.year}`);
    expect(mail!.body).toMatch(/^Hello Test User,\n- Belgium: "Dossier from BE" \(not started\)\nBy \d{1,2} \w+ \d{4} at \d\d:\d\d Europe\/Brussels \(CES?T\): https:\/\/palmares\.example\/jury$/);

    // A stale version is refused; the right one resets to the default, which the next message uses again.
    expect(await outcomeOf(resetMailTemplate({ db: t.db, actor: admin, input: { editionId: edition.id, kind: "jury-reminder", version: 0 } }))).toBe("CONFLICT");
    await resetMailTemplate({ db: t.db, actor: admin, input: { editionId: edition.id, kind: "jury-reminder", version: 1 } });
    await sendJuryReminders({ db: t.db, user: admin, editionId: edition.id });
    const [, again] = await listMail(t.db, edition.id, "jury.reminder");
    expect(again!.subject).toMatch(new RegExp(`^ECPA ${edition.year}: 1 dossier still to score by `));

    const audit = (await listAuditActions(t.db, edition.id)).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(["mail-template.saved", "mail-template.reset"]));
  });

  it("renders the scheduled reminders and the eligibility decision from the edition's texts", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "LU", state: "submitted", title: "Safe streets" });
    await t.db.update(nominations).set({ reference: `ECPA-${edition.year}-LU` }).where(eq(nominations.id, nomination.id));
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "LU", editionId: edition.id }]);
    await saveMailTemplate({
      db: t.db,
      actor: admin,
      input: { editionId: edition.id, kind: "eligibility-rejected", version: 0, subject: "{{title}}: decision", body: "{{dossier}} was refused: {{reason}}\n\n{{note}}" },
    });
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject", reason: "incomplete", note: "" });
    expect(await listMail(t.db, edition.id, "nomination.eligibility")).toEqual([
      { to: coordinator.email, subject: "Safe streets: decision", body: `"Safe streets" (reference ECPA-${edition.year}-LU) was refused: the dossier is incomplete.` },
    ]);

    const open = await createEdition(t.db, { phase: "nominations_open", submissionDeadline: new Date(Date.now() + 2 * 24 * 3600 * 1000) });
    const belgian = await createUser(t.db, [{ role: "coordinator", countryCode: "BE", editionId: open.id }]);
    await saveMailTemplate({
      db: t.db,
      actor: admin,
      input: { editionId: open.id, kind: "nominations-reminder", version: 0, subject: "{{country}}: {{time_left}}", body: "Due {{deadline}}." },
    });
    await sendDueReminders({ db: t.db });
    const reminders = (await listMail(t.db, open.id, "reminder.nominations")).filter((m) => m.to === belgian.email);
    expect(reminders).toEqual([{ to: belgian.email, subject: "Belgium: 2 days", body: expect.stringMatching(/^Due .+ Europe\/Brussels \(CES?T\)\.$/) }]);
  });

  it("opens the editor with the text in use, its default and a preview with sample values", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const fresh = (await getTemplateForEditor({ db: t.db, editionId: edition.id, kind: "results-published" })).versions;
    expect(fresh.map((v) => v.locale)).toEqual(["en", "fr"]);
    expect(fresh[0]).toMatchObject({ version: 0, isCustomised: false, ...getDefaultTemplate("results-published") });
    expect(fresh[0]!.preview.body).toContain("Dear Alex Martin,");
    expect(fresh[0]!.preview.subject).toBe("ECPA 2027: the results are published");
    expect(fresh[1]).toMatchObject({ version: 0, isCustomised: false, ...getDefaultTemplate("results-published", "fr") });
    expect(fresh[1]!.preview.subject).toBe("ECPA 2027 : les résultats sont publiés");

    await saveMailTemplate({
      db: t.db,
      actor: admin,
      input: { editionId: edition.id, kind: "results-published", version: 0, subject: "Results {{edition_year}}", body: "Hi {{name}}, read {{link}}" },
    });
    const [edited, french] = (await getTemplateForEditor({ db: t.db, editionId: edition.id, kind: "results-published" })).versions;
    expect(edited).toMatchObject({ version: 1, isCustomised: true, subject: "Results {{edition_year}}", defaults: getDefaultTemplate("results-published") });
    expect(edited!.preview).toEqual({ subject: "Results 2027", body: "Hi Alex Martin, read https://palmares.example/results/2027" });
    // Each language is its own version: the French one is still the default.
    expect(french).toMatchObject({ version: 0, isCustomised: false });
    const list = await listEditionTemplates({ db: t.db, editionId: edition.id });
    expect(list.filter((row) => row.isCustomised).map((row) => [row.kind, row.versions.map((v) => v.isCustomised)])).toEqual([["results-published", [true, false]]]);

    // A second save from the same stale version is refused: a colleague's text is never overwritten unseen.
    expect(
      await outcomeOf(
        saveMailTemplate({ db: t.db, actor: admin, input: { editionId: edition.id, kind: "results-published", version: 0, subject: "X", body: "Y" } }),
      ),
    ).toBe("CONFLICT");
  });
});
