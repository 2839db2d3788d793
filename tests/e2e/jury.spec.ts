import { expect, test, type Browser, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { findViolations, tabTo } from "./support/page-checks";

/**
 * The juror's side once the jury is closed, on the spec's own edition (seed/jury.seed.ts): its French chair
 * submitted two of their three dossiers (Belgium's with 9, 8, 9, 7, 8) and never started the third. Scoring itself,
 * with drafts and autosave, is covered by award-path.spec.ts and the integration tests.
 */
test.describe.configure({ mode: "serial" });

async function openAsChair(browser: Browser): Promise<Page> {
  return openAs(browser, "juryChair");
}

test("the juror's list shows their progress and what is left, read-only once the jury is closed", async ({ browser }) => {
  const page = await openAsChair(browser);
  await page.goto("/jury");
  await expect(page.getByRole("heading", { name: "Jury", level: 1 })).toBeVisible();
  await expect(page.getByText(/^2 of 3 submitted$/)).toBeVisible();
  await expect(page.getByText(/^Left to score: /)).toBeVisible();
  await expect(page.getByText("The jury is closed. Your scores are shown as they were when scoring ended.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Score the next dossier" })).toHaveCount(0);
  expect(await findViolations(page)).toEqual([]);
});

test("by keyboard alone, the juror opens their submitted sheet and can no longer change it", async ({ browser }) => {
  const page = await openAsChair(browser);
  await page.goto("/jury");
  const submittedRow = page
    .getByRole("row")
    .filter({ hasText: "Belgium" })
    .filter({ has: page.getByText("Submitted", { exact: true }) });
  const link = submittedRow.getByRole("link");
  const title = (await link.textContent())!.trim();

  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/jury\/nominations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  // The sheet the seed submitted (9, 8, 9, 7, 8), read-only: no score controls, no "Edit again".
  await expect(page.getByRole("heading", { name: "Your submitted scores" })).toBeVisible();
  await expect(page.getByText(/^Your scores are submitted/)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^1\. / })).toContainText("Score: 9");
  await expect(page.getByRole("listitem").filter({ hasText: /^4\. / })).toContainText("Score: 7");
  await expect(page.getByLabel(/^Score for criterion 1 /)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit again" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Declare a conflict of interest" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Next dossier" })).toHaveCount(0);
  // Independence: the demo edition keeps each juror's scores to themselves (or they stay hidden if not closed).
  await expect(page.getByRole("heading", { name: "Other jurors' scores" })).toBeVisible();
  await expect(page.getByText(/stay hidden until the jury is closed|each juror sees only their own scores/)).toBeVisible();

  // The dossier column scrolls on its own on wide screens, so the keyboard must be able to reach it.
  await tabTo(page, page.getByRole("region", { name: "Dossier" }));
  await page.keyboard.press("Shift+Tab");
  await tabTo(page, page.getByRole("link", { name: "← All your dossiers" }), 80);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/jury$/);
});

test("the scoring page has no accessibility violations", async ({ browser }) => {
  const page = await openAsChair(browser);
  await page.goto("/jury");
  await page.getByRole("row").filter({ hasText: "Belgium" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Your submitted scores" })).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
});

test("a juror cannot open a dossier that is not assigned to them", async ({ browser }) => {
  // A real dossier the juror has no assignment for: Belgium's 2014 entry, whose address its coordinator can see.
  const coordinator = await openAs(browser, "coordinator");
  await coordinator.goto("/coordinator");
  const href = await coordinator.getByRole("link", { name: "Awareness training for hotel staff" }).getAttribute("href");
  const nominationId = href!.split("/").pop()!;
  expect(nominationId).toMatch(/^[0-9a-f-]{36}$/);

  const page = await openAsChair(browser);
  for (const id of [nominationId, "5d1c3a0e-0000-4000-8000-000000000000"]) {
    const response = await page.goto(`/jury/nominations/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Dossier not found", { exact: true })).toBeVisible();
    await expect(page.getByText("This dossier does not exist or is not assigned to you.")).toBeVisible();
    await expect(page.getByText("Awareness training for hotel staff")).toHaveCount(0);
  }
});
