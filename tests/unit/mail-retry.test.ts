import { describe, expect, it } from "vitest";
import { describeSendError } from "@/lib/mail/deliver";
import { getMailRetryDelaySeconds, MAX_MAIL_ATTEMPTS, MAX_MAIL_RETRY_DELAY_SECONDS } from "@/lib/domain/mail-retry";

describe("the backoff of a failed message", () => {
  it("waits a minute after the first failure, then four times longer each time", () => {
    expect([1, 2, 3, 4].map((attempt) => getMailRetryDelaySeconds(attempt, 10))).toEqual([60, 240, 960, 3840]);
  });

  it("never waits longer than the cap", () => {
    for (let attempt = 1; attempt < 30; attempt++) {
      expect(getMailRetryDelaySeconds(attempt, 30)).toBeLessThanOrEqual(MAX_MAIL_RETRY_DELAY_SECONDS);
    }
    expect(getMailRetryDelaySeconds(20, 30)).toBe(MAX_MAIL_RETRY_DELAY_SECONDS);
  });

  it("has no next attempt once the attempts are used up", () => {
    expect(getMailRetryDelaySeconds(MAX_MAIL_ATTEMPTS - 1)).not.toBeNull();
    expect(getMailRetryDelaySeconds(MAX_MAIL_ATTEMPTS)).toBeNull();
    expect(getMailRetryDelaySeconds(MAX_MAIL_ATTEMPTS + 3)).toBeNull();
  });
});

describe("why a message failed, as the outbox shows it", () => {
  it("drops a stack trace and any credentials in a URL", () => {
    const error = new Error("connect ECONNREFUSED smtp://mailer:s3cret@mail.example:587\n    at TCPConnectWrap.afterConnect (node:net:1595:16)");
    const described = describeSendError(error);
    expect(described).toBe("connect ECONNREFUSED smtp://mail.example:587");
    expect(described).not.toContain("s3cret");
    expect(described).not.toContain("node:net");
  });
});
