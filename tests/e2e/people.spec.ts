import { expect, test, type Page } from "@playwright/test";
import { getMainNav, getStorageStatePath, submitSignInForm } from "./support/accounts";
import { findCapturedMail } from "./support/mail";
import { findViolations } from "./support/page-checks";
import { getSpecCredentials, SPEC_ACCOUNTS, SPEC_YEARS } from "./support/spec-accounts";

const YEAR = SPEC_YEARS.people;
const NEW_PASSWORD = "amber kites over tallinn harbour";

/** The path of the account link in the newest captured message with this subject (its host is the app's own). */
async function readLinkPath(to: string, subject: string, pattern: RegExp): Promise<string> {
  let link: string | undefined;
  await expect.poll(() => (link = findCapturedMail({ to, subject })?.body.match(pattern)?.[0]), { message: `a "${subject}" message to ${to}` }).toBeTruthy();
  return new URL(link!).pathname;
}

async function choosePassword(page: Page, password: string) {
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
}

test.describe("people", () => {
  test("the secretariat invites a coordinator, who follows the mailed link, sets a password and lands signed in", async ({ browser }) => {
    const admin = await browser.newContext({ storageState: getStorageStatePath("admin") });
    const page = await admin.newPage();
    const email = `people.invitee.${Date.now()}@e2e.test`;
    await page.goto("/admin/people/invite", { waitUntil: "networkidle" });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name").fill("Eva Invitee");
    await page.getByLabel("Role").selectOption("coordinator");
    await page.getByLabel("Country they coordinate").selectOption({ label: "Estonia" });
    await page.getByLabel("Edition").selectOption({ label: String(YEAR) });
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByRole("status")).toContainText("Eva Invitee is invited");

    // The directory finds them by email, invited and not signed up yet, with their role.
    await page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    const row = page.getByRole("row", { name: /Eva Invitee/ });
    await expect(row).toContainText(`Coordinator for Estonia, the ${YEAR} edition`);
    await expect(row).toContainText("Invited, not signed up yet");
    expect(await findViolations(page)).toEqual([]);
    await row.getByRole("link", { name: "Eva Invitee" }).click();
    await expect(page.getByRole("heading", { name: "Eva Invitee", level: 1 })).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(await readLinkPath(email, "Palmarès: your invitation", /\S+\/invitation\/[A-Za-z0-9_-]{43}/), { waitUntil: "networkidle" });
    await expect(invitee.getByRole("heading", { name: "Welcome, Eva Invitee" })).toBeVisible();
    await expect(invitee.getByText(`Coordinator for Estonia, the ${YEAR} edition`)).toBeVisible();
    // A common password is refused with the reason, and nothing is used up.
    await choosePassword(invitee, "qwerty123456");
    await expect(invitee.getByText(/too common/).first()).toBeVisible();
    await choosePassword(invitee, NEW_PASSWORD);
    await expect(invitee).toHaveURL(/\/coordinator$/);
    await expect(getMainNav(invitee).getByRole("link", { name: "Sign out" })).toBeVisible();
    await expect(getMainNav(invitee)).toContainText("Eva Invitee");
    await admin.close();
  });

  test("a coordinator resets a forgotten password by email, once, and lands signed in", async ({ page, browser }) => {
    const { email } = getSpecCredentials("peopleResetCoordinator");
    await page.goto("/signin", { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses this email address");

    const resetPath = await readLinkPath(email, "Palmarès: reset your password", /\S+\/password\/reset\/[A-Za-z0-9_-]{43}/);
    await page.goto(resetPath, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
    await choosePassword(page, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/coordinator$/);
    await expect(getMainNav(page)).toContainText(SPEC_ACCOUNTS.peopleResetCoordinator.name);

    // The link worked once.
    const other = await (await browser.newContext()).newPage();
    await other.goto(resetPath);
    await expect(other.getByText("This password-reset link is no longer valid.")).toBeVisible();
    // An unknown email gets the very same answer.
    await other.goto("/password/forgot", { waitUntil: "networkidle" });
    await other.getByLabel("Email").fill("nobody.at.all@e2e.test");
    await other.getByRole("button", { name: "Send me a reset link" }).click();
    await expect(other.getByRole("status")).toContainText("If an account uses this email address");
  });

  test("disabling an account ends its session at the next click; enabling lets the person sign in again", async ({ browser }) => {
    const account = getSpecCredentials("peopleDisabled");
    const { name } = SPEC_ACCOUNTS.peopleDisabled;
    const person = await (await browser.newContext()).newPage();
    await submitSignInForm(person, account);
    await expect(person).toHaveURL(/\/coordinator$/);

    const admin = await (await browser.newContext({ storageState: getStorageStatePath("admin") })).newPage();
    await admin.goto(`/admin/people?q=${encodeURIComponent(account.email)}`);
    await admin.getByRole("link", { name }).click();
    await admin.waitForLoadState("networkidle");
    await admin.getByRole("button", { name: "Disable account" }).click();
    await admin.getByRole("button", { name: "Yes, disable" }).click();
    await expect(admin.getByRole("status")).toContainText("is disabled");
    await expect(admin.getByText("Disabled", { exact: true })).toBeVisible();

    await person.reload();
    await expect(person).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);
    await submitSignInForm(person, account);
    await expect(person.getByRole("status")).toContainText("Wrong email or password.");

    await admin.getByRole("button", { name: "Enable account" }).click();
    await expect(admin.getByRole("status")).toContainText("is enabled again");
    await submitSignInForm(person, account);
    await expect(person).toHaveURL(/\/coordinator$/);
  });

  test("a person with two roles chooses where to start; an explicit page still wins", async ({ page }) => {
    await submitSignInForm(page, getSpecCredentials("peopleJurorCoordinator"));
    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole("link", { name: "My nominations" }).last()).toBeVisible();
    expect(await findViolations(page)).toEqual([]);
    await page.getByRole("main").getByRole("link", { name: "Jury" }).click();
    await expect(page).toHaveURL(/\/jury$/);
  });

  test("the secretariat lands on its own page after signing in", async ({ page }) => {
    await submitSignInForm(page, { email: "admin@palmares.demo", password: "admin-demo-2026" });
    await expect(page).toHaveURL(/\/admin$/);
  });
});
