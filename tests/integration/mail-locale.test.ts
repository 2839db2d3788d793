import { and, asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mailOutbox, nominations, users } from "@/db/schema";
import { sendJuryReminders } from "@/lib/jury/send-reminders";
import { getDefaultTemplate } from "@/lib/mail/templates";
import { saveMailTemplate } from "@/lib/mail/save-template";
import { resetMailTemplate } from "@/lib/mail/reset-template";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { invitePerson } from "@/lib/people/invite";
import { sendDueReminders } from "@/lib/reminders/send-due";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

async function listMailTo(db: Database, kind: string, to: string) {
  return db
    .select({ subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, kind), eq(mailOutbox.toAddress, to)))
    .orderBy(asc(mailOutbox.id));
}

async function speakFrench(db: Database, userId: number) {
  await db.update(users).set({ locale: "fr" }).where(eq(users.id, userId));
}

describeEachEngine("mail in the recipient's language", (t) => {
  it("sends a French-speaking juror the French default and an English one the English", async () => {
    const { edition, admin, jurors } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["BE"] });
    await speakFrench(t.db, jurors.FR!.id);

    await sendJuryReminders({ db: t.db, user: admin, editionId: edition.id });
    const [french] = await listMailTo(t.db, "jury.reminder", jurors.FR!.email);
    const [english] = await listMailTo(t.db, "jury.reminder", jurors.DE!.email);
    expect(french!.subject).toMatch(new RegExp(`^ECPA ${edition.year} : 1 dossier encore à noter d’ici le \\d{1,2} \\S+ \\d{4} à \\d\\d:\\d\\d Europe/Brussels`));
    expect(french!.body).toContain("Bonjour Test User,");
    expect(french!.body).toContain("- Belgique : « Dossier from BE » (pas commencé)");
    expect(french!.body).toContain("Palmarès, rubrique Jury");
    expect(english!.subject).toMatch(new RegExp(`^ECPA ${edition.year}: 1 dossier still to score by \\d{1,2} [A-Z][a-z]+ \\d{4} at `));
    expect(english!.body).toContain('- Belgium: "Dossier from BE" (not started)');
  });

  it("uses the edition's French version for French-speaking coordinators, and the English default for the others", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "LU", state: "submitted", title: "Safe streets" });
    await t.db.update(nominations).set({ reference: `ECPA-${edition.year}-LU` }).where(eq(nominations.id, nomination.id));
    const french = await createUser(t.db, [{ role: "coordinator", countryCode: "LU", editionId: edition.id }]);
    const english = await createUser(t.db, [{ role: "coordinator", countryCode: "LU", editionId: edition.id }]);
    await speakFrench(t.db, french.id);

    const saved = await saveMailTemplate({
      db: t.db,
      actor: admin,
      input: { editionId: edition.id, kind: "eligibility-rejected", locale: "fr", version: 0, subject: "{{title}} : décision", body: "{{dossier}} est refusé : {{reason}}\n\n{{note}}" },
    });
    expect(saved).toEqual({ kind: "eligibility-rejected", locale: "fr", version: 1 });
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject", reason: "incomplete", note: "Voir l’annexe." });

    expect(await listMailTo(t.db, "nomination.eligibility", french.email)).toEqual([
      { subject: "Safe streets : décision", body: `« Safe streets » (référence ECPA-${edition.year}-LU) est refusé : le dossier est incomplet.\n\nNote du secrétariat :\nVoir l’annexe.` },
    ]);
    const [toEnglish] = await listMailTo(t.db, "nomination.eligibility", english.email);
    expect(toEnglish!.subject).toBe(`ECPA ${edition.year}: your nomination "Safe streets" was not accepted`);
    expect(toEnglish!.body).toContain("It was not accepted because the dossier is incomplete.");
    expect(toEnglish!.body).toContain("Luxembourg's competing nomination");

    // Resetting the French version leaves the language's default; the English text was never touched.
    await resetMailTemplate({ db: t.db, actor: admin, input: { editionId: edition.id, kind: "eligibility-rejected", locale: "fr", version: 1 } });
    const again = await saveMailTemplate({ db: t.db, actor: admin, input: { editionId: edition.id, kind: "eligibility-rejected", locale: "en", version: 0, ...getDefaultTemplate("eligibility-rejected") } });
    expect(again.version).toBe(1);
  });

  it("sends the scheduled reminders and a new role's note in each person's language", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const open = await createEdition(t.db, { phase: "nominations_open", submissionDeadline: new Date(Date.now() + 2 * 24 * 3600 * 1000) });
    const french = await createUser(t.db, [{ role: "coordinator", countryCode: "BE", editionId: open.id }]);
    const english = await createUser(t.db, [{ role: "coordinator", countryCode: "BE", editionId: open.id }]);
    await speakFrench(t.db, french.id);

    await sendDueReminders({ db: t.db });
    const [inFrench] = (await listMailTo(t.db, "reminder.nominations", french.email)).filter((m) => m.subject.includes(String(open.year)));
    expect(inFrench!.subject).toBe(`ECPA ${open.year} : plus que 2 jours pour soumettre la candidature (Belgique)`);
    expect(inFrench!.body).toContain("est pas encore commencée.");
    const [inEnglish] = (await listMailTo(t.db, "reminder.nominations", english.email)).filter((m) => m.subject.includes(String(open.year)));
    expect(inEnglish!.subject).toBe(`ECPA ${open.year}: 2 days left to submit Belgium's nomination`);

    await t.db.update(users).set({ passwordHash: "scrypt$1$1$1$x$y" }).where(eq(users.id, french.id));
    await invitePerson({ db: t.db, actor: admin, appUrl: "https://palmares.example", email: french.email, name: "", role: "admin", countryCode: "", editionId: null });
    const [note] = await listMailTo(t.db, "people.role_added", french.email);
    expect(note).toEqual({ subject: "Palmarès : un nouveau rôle pour vous", body: expect.stringContaining("Secrétariat (administration)") });
  });

  it("sends an invitation in the language the secretariat chose for someone new, and keeps it on their account", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const invite = (email: string, locale?: "en" | "fr") =>
      invitePerson({ db: t.db, actor: admin, appUrl: "https://palmares.example", email, name: "New Person", role: "admin", countryCode: "", editionId: null, locale });
    await invite("nouvelle@example.org", "fr");
    await invite("newcomer@example.org");
    const [french] = await listMailTo(t.db, "people.invitation", "nouvelle@example.org");
    const [english] = await listMailTo(t.db, "people.invitation", "newcomer@example.org");
    expect(french!.subject).not.toBe(english!.subject);
    expect(french!.body).toContain("Secrétariat");
    const [account] = await t.db.select({ locale: users.locale }).from(users).where(eq(users.email, "nouvelle@example.org"));
    expect(account!.locale).toBe("fr");
  });
});
