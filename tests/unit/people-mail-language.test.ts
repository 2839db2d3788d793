import { describe, expect, it } from "vitest";
import { describeAction, describeRecord } from "@/lib/domain/audit-description";
import { describeReminderTimeLeft } from "@/lib/domain/reminder-milestones";
import { composeJuryInvitationMail } from "@/lib/mail/jury-mail";
import { composeRoleInvitationMail } from "@/lib/mail/people-mail";
import { composeReopenNotice } from "@/lib/mail/dossier-mail";
import { describeMembership } from "@/lib/people/role-labels";

describe("the words put into a mail, in the recipient's language", () => {
  it("counts the time left in French as in English", () => {
    expect(describeReminderTimeLeft(3 * 86400, "fr")).toBe("3 jours");
    expect(describeReminderTimeLeft(3600, "fr")).toBe("1 heure");
    expect(describeReminderTimeLeft(3 * 86400)).toBe("3 days");
  });

  it("names the jury seat and the roles in French, country names included", () => {
    const juror = { name: "Ana", email: "ana@example.org", year: 2027, theme: "Cambriolages", countryName: "Germany", isVoting: false, isChair: false, url: "https://p.example/invitation/x" };
    expect(composeJuryInvitationMail({ ...juror, locale: "fr" }).body).toContain("en tant que expert(e) sans droit de vote, pour Germany");
    expect(composeJuryInvitationMail(juror).subject).toBe("ECPA 2027: invitation to the jury");
    expect(composeJuryInvitationMail({ ...juror, locale: "fr" }).subject).toBe("ECPA 2027 : invitation au jury");
    const coordinator = { role: "coordinator" as const, year: null, countryName: "Belgium", countryCode: "BE", isChair: false, isVoting: true };
    expect(describeMembership(coordinator, "fr")).toBe("Coordinateur national pour Belgique, toutes les éditions (permanent)");
    expect(describeMembership(coordinator)).toBe("Coordinator for Belgium, every edition (standing)");
    expect(composeRoleInvitationMail({ name: "Ana", email: "a@e.org", roles: ["Secrétariat (administration)"], url: "u", locale: "fr" }).subject).toBe("Palmarès : votre invitation");
  });

  it("writes a dossier notice in French", () => {
    const dossier = { year: 2027, countryCode: "BE", countryName: "Belgium", kind: "competing" as const, title: "Rues sûres", timeZone: "Europe/Brussels" };
    expect(composeReopenNotice(dossier, "Annexe manquante.", "fr")).toEqual({
      subject: "Rouvert : Rues sûres",
      body: expect.stringContaining("« Rues sûres » (Belgique, candidature en compétition, 2027)"),
    });
    expect(composeReopenNotice(dossier, "Missing annex.", "en").subject).toBe("Reopened: Rues sûres");
  });

  it("reads the audit trail in French", () => {
    expect(describeAction("sheet.submit", "fr")).toBe("a soumis des notes");
    expect(describeRecord("score_sheet", "42", "fr")).toBe("grille de notation 42");
    expect(describeAction("sheet.submit")).toBe("submitted scores");
  });
});
