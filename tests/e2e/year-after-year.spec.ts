import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, getMainNav, submitSignInForm } from "./support/accounts";
import { findCapturedMail } from "./support/mail";

/*
 * The headline: year after year, the secretariat makes next year's edition from this year's (the demo
 * 2026 one, open for nominations) and invites next year's coordinators, who sign up from the mailed link.
 * 2027 stays behind as a draft: this spec runs last (alphabetically) and no other spec names 2027, while a draft is
 * never the "current" edition (admin home), never public and never on a coordinator's list.
 */
const FROM = 2026;
const NEXT = 2027;
const DATE_FIELDS = ["Submission deadline", "Eligibility decided by", "Jury deadline", "National call opens on", "Ceremony starts on"];
const PASSWORD = "saffron lanterns above porto";

/** Every date field of a settings page, as the form shows it (in the edition's zone). */
async function readDates(page: Page): Promise<string[]> {
  return Promise.all(DATE_FIELDS.map((label) => page.getByLabel(label).inputValue()));
}

/** The same wall-clock date and time, one year on ("2026-12-16T23:59" → "2027-12-16T23:59"). */
function oneYearOn(value: string): string {
  return value.replace(/^(\d{4})/, (year) => String(Number(year) + 1));
}

test("the secretariat makes 2027 from 2026 and invites its coordinator, who signs up from the mailed link", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await submitSignInForm(page, DEMO_ACCOUNTS.admin);
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto(`/admin/editions/${FROM}`);
  await page.getByRole("link", { name: "Settings, copy to next year" }).click();
  await expect(page.getByRole("heading", { name: `Settings ${FROM}`, level: 1 })).toBeVisible();
  const dates = await readDates(page);
  expect(dates.every((value) => /^\d{4}-\d{2}-\d{2}/.test(value))).toBe(true);
  const rubricLink = await page.getByRole("link", { name: /^Rubric \(\d+ criteria\)$/ }).innerText();
  await expect(page.getByLabel("Year of the new edition")).toHaveValue(String(NEXT));
  await page.getByRole("button", { name: `Copy to ${NEXT}` }).click();

  // A draft, every date a year on at the same time of day, the rubric along.
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${NEXT}/settings$`));
  await expect(page.getByRole("heading", { name: `Settings ${NEXT}`, level: 1 })).toBeVisible();
  await expect(page.getByText(/· Draft$/)).toBeVisible();
  expect(await readDates(page)).toEqual(dates.map(oneYearOn));
  await page.getByRole("link", { name: rubricLink }).click();
  await expect(page.getByRole("heading", { name: `Rubric ${NEXT}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add criterion" })).toBeVisible();
  await page.goto(`/admin/editions/${NEXT}`);
  await expect(page.getByRole("heading", { name: "Phase: Draft" })).toBeVisible();

  // Next year's coordinator for Portugal, by a fresh email.
  const email = `year-after-year.${Date.now()}@e2e.test`;
  await page.goto("/admin/people/invite", { waitUntil: "networkidle" });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Rui Nextyear");
  await page.getByLabel("Role").selectOption("coordinator");
  await page.getByLabel("Country they coordinate").selectOption({ label: "Portugal" });
  await page.getByLabel("Edition").selectOption({ label: String(NEXT) });
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status")).toContainText("Rui Nextyear is invited");

  // The outbox masks account links, so the link comes from the mail capture, as it was queued.
  let link: string | undefined;
  await expect
    .poll(() => (link = findCapturedMail({ to: email, subject: "Palmarès: your invitation" })?.body.match(/\S+\/invitation\/[A-Za-z0-9_-]{43}/)?.[0]), { message: `an invitation to ${email}` })
    .toBeTruthy();
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link!).pathname, { waitUntil: "networkidle" });
  await expect(invitee.getByRole("heading", { name: "Welcome, Rui Nextyear" })).toBeVisible();
  await expect(invitee.getByText(`Coordinator for Portugal, the ${NEXT} edition`)).toBeVisible();
  await invitee.getByLabel("New password").fill(PASSWORD);
  await invitee.getByLabel("Confirm password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();

  // Signed in on their own page; 2027 shows there once the secretariat opens it for nominations.
  await expect(invitee).toHaveURL(/\/coordinator$/);
  await expect(getMainNav(invitee)).toContainText("Rui Nextyear");
  await expect(getMainNav(invitee).getByRole("link", { name: "Sign out" })).toBeVisible();
  await expect(invitee.getByRole("heading", { name: "My nominations", level: 1 })).toBeVisible();
  await expect(invitee.getByText("No edition is taking nominations")).toBeVisible();
});
