import { describe, expect, it } from "vitest";
import { describeSendError } from "@/lib/mail/deliver";
import { composeEligibilityMail } from "@/lib/mail/eligibility-mail";
import { MAX_MAIL_ATTEMPTS, getMailStatus } from "@/lib/mail/status";
import { ELIGIBILITY_REASONS } from "@/lib/validation/eligibility";

const base = { year: 2014, title: "HopeNow", countryName: "Denmark", reference: "ECPA-2014-DK", note: "" };

describe("the eligibility email", () => {
  it("says an accepted dossier goes to the jury, with its title and reference", () => {
    const mail = composeEligibilityMail({ ...base, decision: "accept" });
    expect(mail.subject).toBe('ECPA 2014: your nomination "HopeNow" was accepted');
    expect(mail.body).toContain('"HopeNow" (reference ECPA-2014-DK)');
    expect(mail.body).toContain("It was accepted: the dossier is eligible and goes to the jury.");
    expect(mail.body).not.toContain("Note from the secretariat");
    expect(mail.body).toContain("under My nominations");
  });

  it("gives every rejection reason as a sentence, and the note when there is one", () => {
    for (const reason of ELIGIBILITY_REASONS) {
      const mail = composeEligibilityMail({ ...base, decision: "reject", reason, note: "See section 2." });
      expect(mail.subject).toContain("was not accepted");
      expect(mail.body).toMatch(/It was not accepted because .+\.\n/);
      expect(mail.body).toContain("Note from the secretariat:\nSee section 2.");
    }
    expect(composeEligibilityMail({ ...base, decision: "reject", reason: "off_theme" }).body).toContain(
      "because the project is off the edition's theme.",
    );
  });

  it("links to the dossier when its address is given, and leaves out a missing reference", () => {
    const mail = composeEligibilityMail({ ...base, reference: null, decision: "accept", dossierUrl: "https://a.example/coordinator/nominations/1" });
    expect(mail.body).toContain("https://a.example/coordinator/nominations/1");
    expect(mail.body).not.toContain("reference");
  });
});

describe("a message's delivery status", () => {
  it("is sent once it has a send time, failed when the attempts are used up, pending otherwise", () => {
    expect(getMailStatus({ sentAt: new Date(), attempts: MAX_MAIL_ATTEMPTS })).toBe("sent");
    expect(getMailStatus({ sentAt: null, attempts: 0 })).toBe("pending");
    expect(getMailStatus({ sentAt: null, attempts: MAX_MAIL_ATTEMPTS - 1 })).toBe("pending");
    expect(getMailStatus({ sentAt: null, attempts: MAX_MAIL_ATTEMPTS })).toBe("failed");
  });
});

describe("the stored error of a failed send", () => {
  it("prefers the SMTP server's reply, on one line, cut to 300 characters", () => {
    const error = Object.assign(new Error("Can't send mail"), { response: "550 5.1.1\r\n  No such mailbox" });
    expect(describeSendError(error)).toBe("550 5.1.1 No such mailbox");
    expect(describeSendError(new Error("x".repeat(1000)))).toHaveLength(300);
    expect(describeSendError("timeout")).toBe("timeout");
    expect(describeSendError(new Error(""))).toBe("Unknown error");
  });
});
