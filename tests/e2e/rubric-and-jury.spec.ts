import { expect, test, type Browser, type Page } from "@playwright/test";
import { getMainNav, openAs } from "./support/accounts";
import { findCapturedMail } from "./support/mail";
import { SPEC_YEARS } from "./support/spec-accounts";

/*
 * The secretariat's rubric and jury pages, and an invited juror accepting, on the spec's own edition
 * (seed/rubric-and-jury.seed.ts), whose jury is scoring; 2014, published by the demo seed, is only read.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.rubric;
const STAMP = Date.now();
const INVITEE = { name: `Expert Invitee ${STAMP}`, email: `expert.${STAMP}@example.org`, password: "a brand new jury password" };

async function openAsAdmin(browser: Browser): Promise<Page> {
  return openAs(browser, "admin");
}

for (const year of [2014, YEAR]) {
  test(`the rubric of ${year} is frozen and shown read-only`, async ({ browser }) => {
    const page = await openAsAdmin(browser);
    await page.goto(`/admin/editions/${year}/rubric`);
    await expect(page.getByRole("heading", { name: `Rubric ${year}`, level: 1 })).toBeVisible();
    await expect(page.getByText("The rubric is frozen because jury scoring has started")).toBeVisible();
    const table = page.getByRole("table", { name: "Criteria in the order jurors score them" });
    await expect(table.getByRole("row")).toHaveCount(6);
    await expect(table).toContainText("Innovative");
    await expect(table).toContainText("1–10");
    await expect(page.getByRole("button", { name: /Add criterion|Move up|Remove/ })).toHaveCount(0);
  });
}

test("the secretariat invites a non-voting expert, who is listed as invited", async ({ browser }) => {
  const page = await openAsAdmin(browser);
  await page.goto(`/admin/editions/${YEAR}/jury`);
  await expect(page.getByRole("heading", { name: `Jury ${YEAR}`, level: 1 })).toBeVisible();
  await page.getByLabel("Email").fill(INVITEE.email);
  await page.getByLabel("Name", { exact: true }).fill(INVITEE.name);
  await page.getByLabel("Country").selectOption({ label: "Portugal" });
  await page.getByLabel("Non-voting expert").check();
  await page.getByRole("button", { name: "Add to the jury" }).click();
  await expect(page.getByText(`${INVITEE.name} is invited: the invitation email is in the outbox.`)).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: INVITEE.email });
  await expect(row).toContainText("Portugal");
  await expect(row).toContainText("Non-voting expert");
  await expect(row).toContainText("Invited — not accepted yet");
});

test("the invitation is in the outbox; the link sets a password once, then the juror signs in", async ({ browser }) => {
  // Two browsers and two sign-ins: on a loaded machine this took over 30 s.
  test.setTimeout(90_000);
  const admin = await openAsAdmin(browser);
  await admin.goto("/admin/outbox");
  await admin.getByRole("row").filter({ hasText: INVITEE.email }).getByRole("link", { name: `ECPA ${YEAR}: invitation to the jury` }).click();
  // Any admin reads the outbox, so the link is masked there; the person receives it by mail (the e2e capture here).
  const body = await admin.locator("pre").innerText();
  expect(body).toContain("/invitation/••••••");
  expect(body).not.toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
  const mail = findCapturedMail({ to: INVITEE.email, subject: `ECPA ${YEAR}: invitation to the jury` });
  const link = mail && /\/invitation\/[A-Za-z0-9_-]{43}/.exec(mail.body)?.[0];
  expect(link, "the message holds an invitation link").toBeTruthy();

  // The invited person has no session: a fresh browser context.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: `Welcome, ${INVITEE.name}`, level: 1 })).toBeVisible();
  await expect(page.getByText(`Non-voting jury expert ${YEAR}, for Portugal`)).toBeVisible();
  await page.getByLabel("New password").fill("too short");
  await page.getByLabel("Confirm password").fill("too short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("New password").fill(INVITEE.password);
  await page.getByLabel("Confirm password").fill(INVITEE.password);
  await page.getByRole("button", { name: "Set password" }).click();
  // Setting the password signs the person in and takes them to their role's page.
  await expect(page).toHaveURL(/\/jury$/);
  await expect(getMainNav(page).getByText(INVITEE.name)).toBeVisible();
  await expect(getMainNav(page).getByRole("link", { name: "Jury" })).toBeVisible();

  await page.goto(link!);
  await expect(page.getByText("This invitation link is no longer valid.")).toBeVisible();

  await admin.goto(`/admin/editions/${YEAR}/jury`);
  await expect(admin.getByRole("row").filter({ hasText: INVITEE.email })).toContainText("Active");
});
