import { describe, expect, it } from "vitest";
import {
  chooseDeadlineMilestone,
  describeReminderTimeLeft,
  isResultsNoticeDue,
  JURY_REMINDER_DAYS,
  NOMINATION_REMINDER_DAYS,
  planDueReminders,
} from "@/lib/domain/reminder-milestones";

const DAY = 24 * 3600 * 1000;
const deadline = new Date("2027-09-30T21:59:00Z");
const daysBefore = (days: number, extraMs = 0) => new Date(deadline.getTime() - days * DAY + extraMs);
const choose = (now: Date) => chooseDeadlineMilestone({ now, deadline, daysBefore: NOMINATION_REMINDER_DAYS });

describe("the due reminder before a deadline", () => {
  it("is none until 14 days before", () => {
    expect(choose(daysBefore(30))).toBeNull();
    expect(choose(daysBefore(14, -1))).toBeNull();
  });

  it("is the 14-day one from its moment until the 3-day one", () => {
    expect(choose(daysBefore(14))).toBe(14);
    expect(choose(daysBefore(3, -1))).toBe(14);
  });

  it("is only the latest due one after a long outage (never a 14-day reminder inside the 3-day window)", () => {
    expect(choose(daysBefore(3))).toBe(3);
    expect(choose(daysBefore(2))).toBe(3);
    expect(choose(daysBefore(1))).toBe(1);
    expect(choose(daysBefore(0, -60_000))).toBe(1);
  });

  it("is none once the deadline has passed", () => {
    expect(choose(deadline)).toBeNull();
    expect(choose(daysBefore(-1))).toBeNull();
  });

  it("reads the jury's 7 and 2 days the same way", () => {
    const jury = (now: Date) => chooseDeadlineMilestone({ now, deadline, daysBefore: JURY_REMINDER_DAYS });
    expect([jury(daysBefore(8)), jury(daysBefore(7)), jury(daysBefore(3)), jury(daysBefore(2)), jury(daysBefore(0.5))]).toEqual([null, 7, 7, 2, 2]);
  });
});

describe("the results notice", () => {
  it("goes out for a week after publication, not for an old edition", () => {
    const publishedAt = new Date("2027-12-04T18:00:00Z");
    expect(isResultsNoticeDue({ now: new Date(publishedAt.getTime() + 60_000), publishedAt })).toBe(true);
    expect(isResultsNoticeDue({ now: new Date(publishedAt.getTime() + 6 * DAY), publishedAt })).toBe(true);
    expect(isResultsNoticeDue({ now: new Date(publishedAt.getTime() + 8 * DAY), publishedAt })).toBe(false);
    expect(isResultsNoticeDue({ now: publishedAt, publishedAt: null })).toBe(false);
  });
});

describe("an edition's due reminders", () => {
  const edition = { submissionDeadline: deadline, juryDeadline: new Date(deadline.getTime() + 30 * DAY), juryClosedAt: null, publishedAt: null };

  it("has the coordinators' milestone while nominations are open, nothing in eligibility", () => {
    expect(planDueReminders({ ...edition, phase: "nominations_open" }, daysBefore(2))).toEqual([
      { audience: "coordinators-not-submitted", milestone: "nominations.3d", daysLeft: 3 },
    ]);
    expect(planDueReminders({ ...edition, phase: "eligibility" }, daysBefore(2))).toEqual([]);
  });

  it("has the opening notice while the jury scores, and the deadline milestone once due, none once closed", () => {
    const scoring = { ...edition, phase: "jury_scoring" };
    expect(planDueReminders(scoring, daysBefore(-1))).toEqual([{ audience: "jurors-scoring-opened", milestone: "scoring.opened" }]);
    expect(planDueReminders(scoring, new Date(edition.juryDeadline.getTime() - 6 * DAY)).map((r) => r.milestone)).toEqual(["scoring.opened", "scoring.7d"]);
    expect(planDueReminders({ ...scoring, juryClosedAt: new Date() }, daysBefore(-1))).toEqual([]);
  });

  it("has the results notice just after publication", () => {
    const publishedAt = new Date();
    expect(planDueReminders({ ...edition, phase: "published", publishedAt }, new Date(publishedAt.getTime() + 1000))).toEqual([
      { audience: "results-published", milestone: "results.published" },
    ]);
  });
});

describe("the time left, in a reminder's words", () => {
  it("rounds up to days, and to hours on the last day", () => {
    expect(describeReminderTimeLeft(14 * 86400 - 300)).toBe("14 days");
    expect(describeReminderTimeLeft(86400)).toBe("1 day");
    expect(describeReminderTimeLeft(5 * 3600 - 10)).toBe("5 hours");
    expect(describeReminderTimeLeft(10)).toBe("1 hour");
  });
});
