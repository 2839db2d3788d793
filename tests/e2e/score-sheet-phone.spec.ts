import { expect, test, type Locator, type Page } from "@playwright/test";
import { openAs, submitSignInForm } from "./support/accounts";
import { createAxe } from "./support/page-checks";
import { advancePhase } from "./support/secretariat";
import { getSpecCredentials } from "./support/spec-accounts";
import { SHEET_PHONE_DOSSIER_TITLE, SHEET_PHONE_FIRST_WEIGHT, SHEET_PHONE_YEAR } from "./seed/score-sheet-phone.seed";

/**
 * The score sheet on a phone: a link at the top reaches it, the conflict-of-interest action comes before it, the total
 * follows the ranking's weighting as the juror types, the sticky bar covers no field, and once the jury is closed the
 * page says when instead of counting down. Its own edition and juror come from seed/score-sheet-phone.seed.ts.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 390, height: 844 } });

const OTHER_SCORES = [5, 5, 5, 5];

/** The weighted mean with criterion 1 weighing SHEET_PHONE_FIRST_WEIGHT and the others 1, written as the sheet does. */
function expectedTotal(first: number): string {
  const sum = first * SHEET_PHONE_FIRST_WEIGHT + OTHER_SCORES.reduce((a, b) => a + b, 0);
  return (sum / (SHEET_PHONE_FIRST_WEIGHT + OTHER_SCORES.length)).toFixed(2);
}

async function openDossier(page: Page) {
  await submitSignInForm(page, getSpecCredentials("sheetPhoneJuror"));
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto("/jury");
  await page.getByRole("link", { name: SHEET_PHONE_DOSSIER_TITLE }).first().click();
  await expect(page.getByRole("heading", { name: SHEET_PHONE_DOSSIER_TITLE, level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

async function expectNoAxeViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The element lies inside the viewport and wholly above the sticky bar's top edge. */
async function expectClearOfBar(element: Locator, bar: Locator, what: string) {
  const box = (await element.boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(box.y, `${what}: top inside the viewport`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom above the sticky bar (${barBox.y})`).toBeLessThanOrEqual(barBox.y + 0.5);
}

test.beforeEach(({ page }) => {
  // Leaving with a change not yet on the server asks first; these tests leave on purpose.
  page.on("dialog", (dialog) => void dialog.accept());
});

test("a link at the top reaches the sheet, with the conflict-of-interest action before scoring", async ({ page }) => {
  await openDossier(page);
  const skip = page.getByRole("link", { name: "Go to the score sheet" });
  const skipBox = (await skip.boundingBox())!;
  expect(skipBox.y + skipBox.height).toBeLessThanOrEqual(844);

  const conflict = page.getByRole("button", { name: "Declare a conflict of interest" });
  const firstScore = page.getByLabel(/^Score for criterion 1 /);
  await expect(firstScore).not.toBeInViewport();
  await skip.click();
  await expect(page).toHaveURL(/#score-sheet$/);
  await expect(conflict).toBeInViewport();
  await expect(page.getByRole("heading", { name: "Your scores", level: 2 })).toBeInViewport();
  // Before scoring: above the first score, in the page's order as on the screen.
  expect(await conflict.evaluate((button, score) => Boolean(button.compareDocumentPosition(score!) & Node.DOCUMENT_POSITION_FOLLOWING), await firstScore.elementHandle())).toBe(true);
  expect((await conflict.boundingBox())!.y).toBeLessThan((await firstScore.boundingBox())!.y);
  await expectNoAxeViolations(page);
});

test("the total follows the ranking's weights as the juror types, and the sticky bar hides no field", async ({ page }) => {
  // Eleven fields measured one by one, then axe, on two shared cores.
  test.setTimeout(90_000);
  await openDossier(page);
  const total = page.getByTestId("sheet-total");
  await expect(total).toHaveText("Your total: shown once every criterion is scored (0 of 5 scored)");

  for (const [index, value] of OTHER_SCORES.entries()) await page.getByLabel(new RegExp(`^Score for criterion ${index + 2} `)).selectOption(String(value));
  await expect(total).toContainText("(4 of 5 scored)");
  await page.getByLabel(/^Score for criterion 1 /).selectOption("9");
  // (9×3 + 5×4) / 7 = 6.71, where the plain mean would be 5.80.
  await expect(total).toHaveText(`Your total: ${expectedTotal(9)} (weighted mean, as the ranking counts it)`);
  await page.getByLabel(/^Score for criterion 1 /).selectOption("2");
  await expect(total).toHaveText(`Your total: ${expectedTotal(2)} (weighted mean, as the ranking counts it)`);

  // Every field the juror works in, once focused, shows with its label above the sticky bar.
  const form = page.locator("form").filter({ has: page.getByTestId("sheet-bar") });
  const bar = page.getByTestId("sheet-bar");
  const controls = form.locator("select, textarea");
  const count = await controls.count();
  expect(count).toBe(11);
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index);
    await control.focus();
    const id = await control.getAttribute("id");
    await expectClearOfBar(control, bar, `field ${id}`);
    await expectClearOfBar(form.locator(`label[for="${id}"]`), bar, `label of ${id}`);
  }
  await expectNoAxeViolations(page);
});

test("after submission the conflict action is gone and the total stays", async ({ page }) => {
  await openDossier(page);
  await page.getByRole("button", { name: "Submit scores" }).click();
  await page.getByRole("button", { name: "Confirm submission" }).click();
  await expect(page.getByText(/^Your scores are submitted/)).toBeVisible();
  await expect(page.getByTestId("sheet-total")).toHaveText(`Your total: ${expectedTotal(2)} (weighted mean, as the ranking counts it)`);
  await expect(page.getByRole("button", { name: "Declare a conflict of interest" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Conflict of interest" })).toHaveCount(0);
});

test("once the jury is closed the page says when instead of counting down", async ({ page, browser }) => {
  const admin = await openAs(browser, "admin");
  await advancePhase(admin, SHEET_PHONE_YEAR, "Deliberation");
  // The ranking page's charts, drawn on the server: valid markup (no width or height attribute on a div), and the
  // single sheet's total on the sheet is the dossier's mean in the ranking.
  await admin.goto(`/admin/editions/${SHEET_PHONE_YEAR}/ranking`);
  const charts = admin.getByRole("img", { name: /Score distributions per dossier/ });
  await expect(charts).toBeVisible();
  await expect(admin.getByRole("img", { name: /Each juror's mean score/ })).toBeVisible();
  expect(await admin.locator("div[width], div[height]").count()).toBe(0);
  await admin.getByText("Show the data as a table").first().click();
  await expect(admin.getByRole("table", { name: "Score distributions per dossier" })).toContainText(expectedTotal(2));
  await admin.context().close();

  await openDossier(page);
  await expect(page.getByText(/^The jury closed on \d{1,2} \w+ \d{4} at \d{2}:\d{2} [\w/]+ \(.+\)\.$/)).toBeVisible();
  await expect(page.getByText("Jury deadline:")).toHaveCount(0);
  await page.goto("/jury");
  await expect(page.getByText(/^The jury closed on /).first()).toBeVisible();
  await expect(page.getByText(/left\)|\(passed\)/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
