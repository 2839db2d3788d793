import { describe, expect, it } from "vitest";
import { hasAccountLink, MASKED_TOKEN, maskAccountLinks } from "@/lib/mail/account-links";
import { composePasswordResetMail, composeRoleAddedMail, composeRoleInvitationMail } from "@/lib/mail/people-mail";
import { isResendableMail } from "@/lib/mail/resend-invitation";
import { toResetUrl } from "@/lib/people/password-reset";

const TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456";

describe("the people pages' messages", () => {
  it("masks the token of a reset link as it masks an invitation's", () => {
    const mail = composePasswordResetMail({ name: "Eva", url: toResetUrl("https://awards.example.org/", TOKEN), validMinutes: 60 });
    expect(mail.body).toContain(`https://awards.example.org/password/reset/${TOKEN}`);
    expect(mail.body).toContain("expires in 60 minutes");
    expect(maskAccountLinks(mail.body)).toContain(`/password/reset/${MASKED_TOKEN}`);
    expect(maskAccountLinks(mail.body)).not.toContain(TOKEN);
    expect(hasAccountLink(mail.body)).toBe(true);
    // A reset is asked for by its addressee: the outbox never resends it.
    expect(isResendableMail({ kind: "account.password_reset", body: mail.body })).toBe(false);
  });

  it("lists every role in an invitation, which the outbox can resend", () => {
    const mail = composeRoleInvitationMail({
      name: "Eva",
      email: "eva@example.org",
      roles: ["Coordinator for Estonia, the 2027 edition", "Juror 2027, for Estonia"],
      url: `https://awards.example.org/invitation/${TOKEN}`,
    });
    expect(mail.body).toContain("- Coordinator for Estonia, the 2027 edition\n- Juror 2027, for Estonia");
    expect(isResendableMail({ kind: "people.invitation", body: mail.body })).toBe(true);
    expect(maskAccountLinks(mail.body)).not.toContain(TOKEN);
  });

  it("tells someone who can sign in of a new role without any account link", () => {
    const mail = composeRoleAddedMail({ name: "Eva", role: "Secretariat (admin)", signInUrl: "https://awards.example.org/signin" });
    expect(mail.body).toContain("Secretariat (admin)");
    expect(hasAccountLink(mail.body)).toBe(false);
  });
});
