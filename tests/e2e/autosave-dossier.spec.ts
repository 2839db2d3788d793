import { expect, test, type Browser, type Page } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { expectSaved, fillRestOfDossier } from "./support/dossier";
import { SPEC_ACCOUNTS, SPEC_YEARS } from "./support/spec-accounts";
import { createAxe, findViolations } from "./support/page-checks";

/**
 * The coordinator's dossier, from draft to receipt, as a person does it, on the spec's own edition open for
 * nominations (seed/autosave.seed.ts), by a Belgian coordinator who sees only that edition. Belgian ADDITIONAL
 * dossiers, so any number of them fit beside a competing one.
 */
test.describe.configure({ mode: "serial" });
test.use({ storageState: getStorageStatePath("autosaveCoordinator") });

const YEAR = SPEC_YEARS.autosave;
const COORDINATOR = SPEC_ACCOUNTS.autosaveCoordinator.name;
const CLOSED_YEAR = SPEC_YEARS.autosaveClosed;
const STAMP = Date.now();
const DOSSIER_URL = /\/coordinator\/nominations\/[0-9a-f-]{36}$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Creates a Belgian additional draft through the real form and waits on its dossier page. */
async function createAdditionalDraft(page: Page, title: string): Promise<string> {
  await page.goto("/coordinator");
  // The coordinator's only edition is the spec's own, so the first link is its.
  await page.getByRole("link", { name: "New nomination" }).first().click();
  await expect(page.getByRole("heading", { name: "New nomination", level: 1 })).toBeVisible();
  await page.getByLabel("Additional good practice").check();
  await page.getByLabel("Project title").fill(title);
  await page.getByLabel("Responsible organisation").fill("City of Ghent prevention service");
  await page.getByLabel("Description").fill("Street coaches and neighbours working together to prevent youth crime.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(DOSSIER_URL);
  await page.waitForLoadState("networkidle");
  return page.url();
}

async function openDossier(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: getStorageStatePath("autosaveCoordinator") });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  return page;
}

test("a coordinator fills a dossier, finds it after a reload, sees bad input explained, submits it and gets a receipt", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Street coaches ${STAMP}`;
  await createAdditionalDraft(page, title);
  await expect(page.getByText(new RegExp(`^Last saved .* by ${escapeRegExp(COORDINATOR)}$`))).toBeVisible();

  // Autosave: typed text reaches the server by itself and survives a reload.
  await page.getByLabel("Contact person's name").fill("An Peeters");
  await page.getByLabel("Partners and their roles", { exact: true }).fill("The city runs it; the police share data.");
  await expectSaved(page);
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel("Contact person's name")).toHaveValue("An Peeters");
  await expect(page.getByLabel("Partners and their roles", { exact: true })).toHaveValue("The city runs it; the police share data.");

  // Bad input: each field says what is wrong, beside it, and is kept back while the rest of the draft saves.
  await page.getByLabel("Contact email").fill("an.peeters@");
  await page.getByLabel("Start date").fill("2024-05-01");
  await page.getByLabel("No, it has ended").check();
  await page.getByLabel("End date").fill("2024-04-01");
  await page.getByRole("button", { name: "Add a link" }).click();
  await page.getByLabel("Link 1", { exact: true }).fill("ftp://files.example.org/report.pdf");
  await page.getByLabel("Innovation", { exact: true }).fill(Array.from({ length: 501 }, (_, i) => `word${i}`).join(" "));
  await expect(page.getByText("501 of 500 words — 1 over the limit")).toBeVisible();
  await expect(page.getByText("Saved in the draft as it is; shorten it before you submit.")).toBeVisible();
  await expect(page.getByText(/^Saved at \d\d:\d\d, except the highlighted fields/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Enter a valid email address, e.g. name@example.org.")).toBeVisible();
  await expect(page.getByText("The end date cannot be before the start date.")).toBeVisible();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();

  await page.getByLabel("Contact email").fill("an.peeters@example.org");
  await page.getByLabel("Yes, still running").check();
  await page.getByLabel("Link 1", { exact: true }).fill("https://example.org/street-coaches");
  await fillRestOfDossier(page);
  await expectSaved(page);
  await expect(page.getByText("Every section is complete: the dossier can be submitted.")).toBeVisible();
  expect(await createAxe(page).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

  await page.getByRole("button", { name: "Submit nomination" }).click();
  await page.getByRole("button", { name: "Yes, submit now" }).click();
  await expect(page).toHaveURL(/\/receipt$/);
  await expect(page.getByText(new RegExp(`Your reference is ECPA-${YEAR}-BE-A\\d+\\.`))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Submission receipt", level: 1 })).toBeVisible();
  // One heading says what the page is: the receipt card does not repeat it.
  await expect(page.getByRole("heading", { name: "Submission receipt" })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  // The submitted dossier is locked, printable, and can be withdrawn before the deadline.
  await page.getByRole("link", { name: "Back to the dossier" }).click();
  await expect(page).toHaveURL(/\/coordinator\/nominations\/[0-9a-f-]{36}$/);
  const dossierUrl = page.url();
  await expect(page.getByRole("button", { name: "Submit nomination" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Partners and their roles" })).toBeVisible();
  await page.getByRole("link", { name: "Printable view" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("https://example.org/street-coaches")).toBeVisible();
  await page.goto(dossierUrl);
  await page.getByRole("button", { name: "Withdraw to make changes" }).click();
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();
  await expect(page.getByRole("button", { name: "Submit nomination" })).toBeVisible();
  await expect(page.getByLabel("Contact person's name")).toHaveValue("An Peeters");
});

test("autosave keeps the text and retries while the connection is down", async ({ page }) => {
  test.setTimeout(90_000);
  await createAdditionalDraft(page, `Offline draft ${STAMP}`);
  await page.context().setOffline(true);
  await page.getByLabel("Innovation", { exact: true }).fill("Typed while the network was away.");
  await expect(page.getByText(/^Not saved — retrying/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel("Innovation", { exact: true })).toHaveValue("Typed while the network was away.");
  await page.context().setOffline(false);
  await expectSaved(page);
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel("Innovation", { exact: true })).toHaveValue("Typed while the network was away.");
});

test("two tabs of one coordinator: the later save is refused, says 'another tab', and offers back only what this tab changed", async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await openDossier(browser, "/coordinator");
  const url = await createAdditionalDraft(first, `Shared draft ${STAMP}`);
  const second = await openDossier(browser, url);

  await first.getByLabel("Innovation", { exact: true }).fill("The first editor's innovation text.");
  await expectSaved(first);

  // The second editor still has the old version: their save must not overwrite the first one's.
  await second.getByLabel("Partners and their roles", { exact: true }).fill("The second editor's partners text.");
  await expect(second.getByText("Not saved — this dossier was saved elsewhere in between.")).toBeVisible({ timeout: 15_000 });
  const panel = second.getByTestId("conflict-panel");
  // The same person in both tabs: no "colleague" who does not exist.
  await expect(panel.getByRole("heading", { name: "You saved this dossier in another tab" })).toBeVisible();
  await expect(panel).toContainText("You saved it in another tab or window");
  await expect(panel).not.toContainText("colleague");
  await panel.getByRole("button", { name: "Load that version" }).click();
  await expect(second.getByLabel("Innovation", { exact: true })).toHaveValue("The first editor's innovation text.");
  await expect(second.getByLabel("Your text: Partners and their roles")).toHaveValue("The second editor's partners text.");
  // Only the field this tab changed is offered back; the other tab's innovation text is already in the form.
  await expect(panel.getByRole("textbox")).toHaveCount(1);

  // After loading, autosave works again from the new version.
  await second.getByLabel("Partners and their roles", { exact: true }).fill("The second editor's partners text, merged.");
  await expectSaved(second);
  await first.reload({ waitUntil: "networkidle" });
  await expect(first.getByLabel("Innovation", { exact: true })).toHaveValue("The first editor's innovation text.");
  await expect(first.getByLabel("Partners and their roles", { exact: true })).toHaveValue("The second editor's partners text, merged.");
});

test("leaving with unsaved text warns, and the browser's copy is offered back after the reload", async ({ page }) => {
  test.setTimeout(90_000);
  const url = await createAdditionalDraft(page, `Unsaved draft ${STAMP}`);
  // The server refuses every save for a while: the text exists only in the form and the browser's copy.
  const refuseSaves = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 503, body: "" }) : route.continue();
  await page.route(url, refuseSaves);
  await page.getByLabel("Objectives and evaluation", { exact: true }).fill("Kept by the browser while the server was away.");
  await expect(page.getByText(/^Not saved — retrying/)).toBeVisible({ timeout: 15_000 });

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload({ waitUntil: "networkidle" });
  expect(dialogs).toEqual(["beforeunload"]);
  await expect(page.getByLabel("Objectives and evaluation", { exact: true })).toHaveValue("");

  await page.unroute(url, refuseSaves);
  await expect(page.getByRole("heading", { name: "Unsaved text found in this browser" })).toBeVisible();
  await page.getByRole("button", { name: "Restore my unsaved text" }).click();
  await expect(page.getByLabel("Objectives and evaluation", { exact: true })).toHaveValue("Kept by the browser while the server was away.");
  await expectSaved(page);
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel("Objectives and evaluation", { exact: true })).toHaveValue("Kept by the browser while the server was away.");
  await expect(page.getByRole("heading", { name: "Unsaved text found in this browser" })).toHaveCount(0);
});

test("one over-long answer never stops the rest from saving; submitting lists the problems, takes focus and leads to each field", async ({ page }) => {
  test.setTimeout(120_000);
  await createAdditionalDraft(page, `Long answer ${STAMP}`);
  const longAnswer = Array.from({ length: 503 }, (_, i) => `word${i}`).join(" ");
  await page.getByLabel("Innovation", { exact: true }).fill(longAnswer);
  await page.getByLabel("Partners and their roles", { exact: true }).fill("The city runs it; the police share data.");
  await page.getByLabel("Contact email").fill("an.peeters@");
  await expect(page.getByText("503 of 500 words — 3 over the limit")).toBeVisible();
  await expect(page.getByText(/^Saved at \d\d:\d\d, except the highlighted fields/)).toBeVisible({ timeout: 15_000 });

  // After a reload the server has every answer, the long one word for word; the wrong email waits in this browser.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.reload({ waitUntil: "networkidle" });
  await expect(page.getByLabel("Innovation", { exact: true })).toHaveValue(longAnswer);
  await expect(page.getByLabel("Partners and their roles", { exact: true })).toHaveValue("The city runs it; the police share data.");
  await expect(page.getByLabel("Contact email")).toHaveValue("");
  await page.getByRole("button", { name: "Restore my unsaved text" }).click();
  await expect(page.getByLabel("Contact email")).toHaveValue("an.peeters@");

  // Submitting refuses the long answer and the email, lists both at the top with links, and moves focus there.
  await fillRestOfDossier(page);
  await page.getByLabel("Contact email").fill("an.peeters@");
  await page.getByLabel("Innovation", { exact: true }).fill(longAnswer);
  await page.getByRole("button", { name: "Submit nomination" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { name: "The dossier was not submitted: 2 fields need your attention" })).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([
    "Contact email: Enter a valid email address, e.g. name@example.org.",
    "Innovation: This answer is 3 words over the limit (503 of 500): shorten it to submit.",
  ]);
  expect(await findViolations(page)).toEqual([]);
  await summary.getByRole("link", { name: /^Innovation:/ }).click();
  await expect(page.getByLabel("Innovation", { exact: true })).toBeFocused();

  // Annexes come before the Submit button, so nothing is left to add once the dossier is sent.
  const annexesTop = (await page.getByRole("heading", { name: "Annexes" }).boundingBox())!.y;
  const submitTop = (await page.getByRole("button", { name: "Submit nomination" }).boundingBox())!.y;
  expect(annexesTop).toBeLessThan(submitTop);
});

test("an edition that closed with no dossier says so, with its date and country, never 'no nominations yet'", async ({ page }) => {
  await page.goto("/coordinator");
  await expect(page.getByRole("heading", { name: `${CLOSED_YEAR}: Autosave closed end-to-end theme` })).toBeVisible();
  await expect(page.getByText(/^This edition closed on \d{1,2} [A-Z][a-z]+ \d{4} with no nomination from Belgium\.$/)).toBeVisible();
  await expect(page.getByText(`No nominations for ${CLOSED_YEAR} yet`)).toHaveCount(0);
});
