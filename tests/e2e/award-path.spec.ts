import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { getStorageStatePath, type Role } from "./support/accounts";
import { fillRestOfDossier } from "./support/dossier";

/**
 * The walking skeleton: one nomination goes the whole way to its award, each step done by the role that owns it,
 * on the seeded 2026 edition. The steps share the database, so they run in order; ceremony.spec.ts (next in name
 * order) then publishes the edition at the winner's reveal, and the specs after it find 2026 published.
 */
test.describe.configure({ mode: "serial" });

const YEAR = 2026;
const TITLE = `Safe Streets Belgium ${Date.now()}`;
// The competing dossiers the seed submitted for 2026 (db/seed/edition-2026.ts).
const SEEDED_2026_TITLES = [
  "Demo entry: Mentors for young people approached by criminal networks",
  "Demo entry: School workshops on recruitment through social media",
];

async function openAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: getStorageStatePath(role) });
  const page = await context.newPage();
  // Every confirmation in these flows is answered yes; the test is about what follows.
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

async function advancePhase(page: Page, to: string) {
  await page.goto(`/admin/editions/${YEAR}`);
  await page.getByRole("button", { name: `Move to ${to}` }).click();
  await expect(page.getByRole("heading", { name: `Phase: ${to}` })).toBeVisible();
}

test("a coordinator creates and submits their country's nomination", async ({ browser }) => {
  const page = await openAs(browser, "coordinator");
  await page.goto("/coordinator");
  await page.getByRole("link", { name: "New nomination" }).first().click();
  await page.getByLabel("Competing nomination").check();
  await page.getByLabel("Project title").fill(TITLE);
  await page.getByLabel("Responsible organisation").fill("City of Ghent prevention service");
  await page.getByLabel("Description").fill("Street coaches and neighbours working together to prevent youth crime.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/coordinator\/nominations\/[0-9a-f-]{36}$/);
  // Only a complete dossier can be submitted: the rest of the entry form is filled on the dossier page.
  await fillRestOfDossier(page);
  await page.getByRole("button", { name: "Submit nomination" }).click();
  await page.getByRole("button", { name: "Yes, submit now" }).click();
  await expect(page.getByText(`Your reference is ECPA-${YEAR}-BE`)).toBeVisible();
});

test("the results are not public before publication", async ({ request }) => {
  const response = await request.get(`/api/v1/editions/${YEAR}/results`);
  expect(response.status()).toBe(404);
});

test("an action sent after the session ended changes nothing", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}`);
  await expect(page.getByRole("heading", { name: "Phase: Nominations open" })).toBeVisible();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Move to Eligibility" }).click();
  await expect(page.getByText("Please sign in again")).toBeVisible();
  const admin = await openAs(browser, "admin");
  await admin.goto(`/admin/editions/${YEAR}`);
  await expect(admin.getByRole("heading", { name: "Phase: Nominations open" })).toBeVisible();
});

test("the secretariat accepts the dossiers and opens jury scoring", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await advancePhase(page, "Eligibility");
  await page.goto(`/admin/editions/${YEAR}`);
  // Every submitted competing dossier must be decided before scoring can open: Belgium's and the two seeded ones.
  for (const title of [TITLE, ...SEEDED_2026_TITLES]) {
    await page.getByRole("button", { name: `Accept ${title}` }).click();
    await expect(page.getByRole("button", { name: `Accept ${title}` })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Reject ${title}` })).toBeEnabled();
  }
  await expect(page.getByText(/waiting for an eligibility decision/)).toHaveCount(0);
  await advancePhase(page, "Jury scoring");
});

test("the secretariat reminds the jurors and the reminder waits in the outbox", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}/progress`);
  await page.getByRole("button", { name: "Send reminders" }).click();
  await expect(page.getByText(/^Reminders queued for \d+ jurors?\.$/)).toBeVisible();
  await page.goto("/admin/outbox");
  await expect(page.getByRole("link", { name: new RegExp(`ECPA ${YEAR}: \\d+ dossiers? still to score`) }).first()).toBeVisible();
});

/** Presses Tab until the target has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("The keyboard never reached the element");
}

async function scoreByKeyboard(page: Page, scores: readonly string[]) {
  for (const [index, score] of scores.entries()) {
    const select = page.getByLabel(`Score for criterion ${index + 1} (1–10)`);
    await tabTo(page, select);
    await page.keyboard.type(score);
    await expect(select).toHaveValue(score);
  }
}

async function submitByKeyboard(page: Page) {
  await tabTo(page, page.getByRole("button", { name: "Submit scores" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Confirm submission" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Your scores are submitted/)).toBeVisible();
}

test("a juror scores two dossiers by keyboard alone, with a draft that survives a reload", async ({ browser }) => {
  const page = await openAs(browser, "juror");
  await page.goto("/jury");
  await expect(page.getByText(/^0 of 3 submitted/)).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: TITLE }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();

  await scoreByKeyboard(page, ["9", "8", "9", "7", "8"]);
  await tabTo(page, page.getByRole("button", { name: "Save draft" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Draft saved. Only you can see it.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Score for criterion 4 (1–10)")).toHaveValue("7");
  await submitByKeyboard(page);

  await tabTo(page, page.getByRole("link", { name: /^Next dossier: / }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your scores" })).toBeVisible();
  await scoreByKeyboard(page, ["6", "7", "6", "7", "6"]);
  await submitByKeyboard(page);

  await page.goto("/jury");
  await expect(page.getByText(/^2 of 3 submitted/)).toBeVisible();
});

test("the secretariat ranks and awards the winner; the results stay private until the ceremony", async ({ browser, request }) => {
  const page = await openAs(browser, "admin");
  await advancePhase(page, "Deliberation");
  await page.goto(`/admin/editions/${YEAR}/ranking`);
  const row = page.getByRole("row").filter({ hasText: TITLE });
  await expect(row).toContainText("8.20");
  const winner = page.getByLabel("Nomination for place 1");
  const value = await winner.locator("option", { hasText: TITLE }).getAttribute("value");
  await winner.selectOption(value!);
  await page.getByLabel("Jury's reason for place 1").fill("A neighbourhood approach that others can copy.");
  await page.getByRole("button", { name: "Save awards" }).click();
  await expect(page.getByText("The awards are saved.")).toBeVisible();
  // Publication happens at the winner's reveal in ceremony.spec.ts, which runs next on this database.
  await page.goto(`/admin/editions/${YEAR}`);
  await expect(page.getByRole("heading", { name: "Phase: Deliberation" })).toBeVisible();
  expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
});
