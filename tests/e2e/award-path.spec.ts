import { expect, test, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { fillRestOfDossier } from "./support/dossier";
import { tabTo } from "./support/page-checks";
import { advancePhase } from "./support/secretariat";

/**
 * The walking skeleton: one nomination goes the whole way to its award, each step done by the role that owns it,
 * on the demo's own 2026 edition with the demo accounts, as a newcomer to the demo would walk it. No other spec
 * writes to 2026 or to the demo coordinator's and chair's work, so this one passes alone and in any order; the
 * steps share the database, so they run in order. The ceremony is ceremony.spec.ts's, on an edition of its own.
 */
test.describe.configure({ mode: "serial" });

const YEAR = 2026;
const TITLE = `Safe Streets Belgium ${Date.now()}`;
// The competing dossiers the seed submitted for 2026 (db/seed/edition-2026.ts).
const SEEDED_2026_TITLES = [
  "Demo entry: Mentors for young people approached by criminal networks",
  "Demo entry: School workshops on recruitment through social media",
];

test("a coordinator creates and submits their country's nomination", async ({ browser }) => {
  const page = await openAs(browser, "coordinator");
  // The demo coordinator holds Belgium in every edition, the specs' own ones too: the link names the year.
  await page.goto(`/coordinator/nominations/new?edition=${YEAR}`);
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
  // Three decisions and two phase moves: on a loaded machine this took over 30 s.
  test.setTimeout(90_000);
  const page = await openAs(browser, "admin");
  await advancePhase(page, YEAR, "Eligibility");
  await page.goto(`/admin/editions/${YEAR}`);
  // Every submitted competing dossier must be decided before scoring can open: Belgium's and the two seeded ones.
  for (const title of [TITLE, ...SEEDED_2026_TITLES]) {
    await page.getByRole("button", { name: `Accept ${title}` }).click();
    await expect(page.getByRole("button", { name: `Accept ${title}` })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Reject ${title}` })).toBeEnabled();
  }
  await expect(page.getByText(/waiting for an eligibility decision/)).toHaveCount(0);
  await advancePhase(page, YEAR, "Jury scoring");
});

test("the secretariat reminds the jurors and the reminder waits in the outbox", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}/progress`);
  await page.getByRole("button", { name: "Send reminders" }).click();
  await expect(page.getByText(/^Reminders queued for \d+ jurors?\.$/)).toBeVisible();
  await page.goto("/admin/outbox");
  await expect(page.getByRole("link", { name: new RegExp(`ECPA ${YEAR}: \\d+ dossiers? still to score`) }).first()).toBeVisible();
});

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
  await advancePhase(page, YEAR, "Deliberation");
  await page.goto(`/admin/editions/${YEAR}/ranking`);
  const row = page.getByRole("row").filter({ hasText: TITLE });
  await expect(row).toContainText("8.20");
  const winner = page.getByLabel("Nomination for place 1");
  const value = await winner.locator("option", { hasText: TITLE }).getAttribute("value");
  await winner.selectOption(value!);
  await page.getByLabel("Jury's reason for place 1").fill("A neighbourhood approach that others can copy.");
  await page.getByRole("button", { name: "Save awards" }).click();
  await expect(page.getByText("The awards are saved.")).toBeVisible();
  // Publication happens only at the ceremony's reveal (ceremony.spec.ts walks it on its own edition).
  await page.goto(`/admin/editions/${YEAR}`);
  await expect(page.getByRole("heading", { name: "Phase: Deliberation" })).toBeVisible();
  expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
});
