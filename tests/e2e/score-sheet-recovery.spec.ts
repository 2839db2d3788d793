import { expect, test, type Page } from "@playwright/test";
import { submitSignInForm } from "./support/accounts";
import { RECOVERY_DOSSIER_TITLE, RECOVERY_JUROR, RECOVERY_YEAR } from "./seed/score-sheet-recovery.seed";

/**
 * The juror's score sheet keeps what was typed: a comment written before its score is stored, and a score chosen
 * just before a reload comes back from the browser's copy and is saved. The spec's own edition and juror come from
 * seed/score-sheet-recovery.seed.ts, so it runs alone and in any order.
 */
test.describe.configure({ mode: "serial" });

async function openDossier(page: Page) {
  await submitSignInForm(page, RECOVERY_JUROR);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto("/jury");
  await page.getByRole("link", { name: RECOVERY_DOSSIER_TITLE }).first().click();
  await expect(page.getByRole("heading", { name: RECOVERY_DOSSIER_TITLE, level: 1 })).toBeVisible();
  await expect(page.getByText(`${RECOVERY_YEAR}:`, { exact: false }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** The sheet's autosave status line (the form's first status; notices are statuses too). */
const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^(Saved at|Saving…|Unsaved changes…|Not saved|Changes save|Your draft)/ });

test.beforeEach(({ page }) => {
  // Leaving with a change not yet on the server asks first; these tests leave on purpose.
  page.on("dialog", (dialog) => void dialog.accept());
});

test("a comment typed before its score is saved and still there after a reload", async ({ page }) => {
  await openDossier(page);
  const comment = page.getByLabel("Comment on criterion 1 (optional)");
  await comment.fill("Lit buses cut the fear of waiting alone.");
  await expect(saveStatus(page)).toHaveText(/^Saved at \d{2}:\d{2}$/);

  await page.evaluate(() => window.localStorage.clear());
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel("Comment on criterion 1 (optional)")).toHaveValue("Lit buses cut the fear of waiting alone.");
  await expect(page.getByLabel(/^Score for criterion 1 /)).toHaveValue("");
});

test("a score chosen just before a reload is restored from the browser and saved", async ({ page }) => {
  await openDossier(page);
  await page.getByLabel(/^Score for criterion 2 /).selectOption("7");
  // At once, before the autosave's pause is over: the request has not left yet.
  await page.reload({ waitUntil: "networkidle" });

  await expect(page.getByLabel(/^Score for criterion 2 /)).toHaveValue("7");
  await expect(page.getByText("Restored the changes this browser kept when the page was left; they are being saved.")).toBeVisible();
  await expect(saveStatus(page)).toHaveText(/^Saved at \d{2}:\d{2}$/);

  // From the server this time: the browser's copy is gone once the server stored it.
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("palmares:score-sheet:")))).toEqual([]);
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel(/^Score for criterion 2 /)).toHaveValue("7");
  await expect(page.getByLabel("Comment on criterion 1 (optional)")).toHaveValue("Lit buses cut the fear of waiting alone.");
});
