import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { expectSaved, fillRestOfDossier } from "./support/dossier";
import { SPEC_ACCOUNTS, SPEC_YEARS } from "./support/spec-accounts";

/**
 * The coordinator's dossier, from draft to receipt, as a person does it, on the spec's own edition open for
 * nominations (seed/autosave.seed.ts), by a Belgian coordinator who sees only that edition. Belgian ADDITIONAL
 * dossiers, so any number of them fit beside a competing one.
 */
test.describe.configure({ mode: "serial" });
test.use({ storageState: getStorageStatePath("autosaveCoordinator") });

const YEAR = SPEC_YEARS.autosave;
const COORDINATOR = SPEC_ACCOUNTS.autosaveCoordinator.name;
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

  // Bad input: each field says what is wrong, beside it, and the draft is not saved until it is right.
  await page.getByLabel("Contact email").fill("an.peeters@");
  await page.getByLabel("Start date").fill("2024-05-01");
  await page.getByLabel("No, it has ended").check();
  await page.getByLabel("End date").fill("2024-04-01");
  await page.getByRole("button", { name: "Add a link" }).click();
  await page.getByLabel("Link 1", { exact: true }).fill("ftp://files.example.org/report.pdf");
  await page.getByLabel("Innovation", { exact: true }).fill(Array.from({ length: 501 }, (_, i) => `word${i}`).join(" "));
  await expect(page.getByText("501 of 500 words — 1 over the limit")).toBeVisible();
  await expect(page.getByText("Not saved — correct the highlighted fields.")).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText("Enter a valid email address, e.g. name@example.org.")).toBeVisible();
  await expect(page.getByText("The end date cannot be before the start date.")).toBeVisible();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(page.getByText("This answer has 501 words; the limit is 500.")).toBeVisible();

  await page.getByLabel("Contact email").fill("an.peeters@example.org");
  await page.getByLabel("Yes, still running").check();
  await page.getByLabel("Link 1", { exact: true }).fill("https://example.org/street-coaches");
  await fillRestOfDossier(page);
  await expectSaved(page);
  await expect(page.getByText("Every section is complete: the dossier can be submitted.")).toBeVisible();
  expect(await new AxeBuilder({ page }).exclude("next-route-announcer").analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

  await page.getByRole("button", { name: "Submit nomination" }).click();
  await page.getByRole("button", { name: "Yes, submit now" }).click();
  await expect(page).toHaveURL(/\/receipt$/);
  await expect(page.getByText(new RegExp(`Your reference is ECPA-${YEAR}-BE-A\\d+\\.`))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Submission receipt", level: 1 })).toBeVisible();

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

test("two editors of one dossier: the later save is refused and the user keeps their own text", async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await openDossier(browser, "/coordinator");
  const url = await createAdditionalDraft(first, `Shared draft ${STAMP}`);
  const second = await openDossier(browser, url);

  await first.getByLabel("Innovation", { exact: true }).fill("The first editor's innovation text.");
  await expectSaved(first);

  // The second editor still has the old version: their save must not overwrite the first one's.
  await second.getByLabel("Partners and their roles", { exact: true }).fill("The second editor's partners text.");
  await expect(second.getByText("Not saved — a colleague saved this dossier in between.")).toBeVisible({ timeout: 15_000 });
  const panel = second.getByTestId("conflict-panel");
  await expect(panel.getByRole("heading", { name: "A colleague saved this dossier in between" })).toBeVisible();
  await expect(panel).toContainText(`${COORDINATOR} saved it`);
  await panel.getByRole("button", { name: "Load their version" }).click();
  await expect(second.getByLabel("Innovation", { exact: true })).toHaveValue("The first editor's innovation text.");
  await expect(second.getByLabel("Your text: Partners and their roles")).toHaveValue("The second editor's partners text.");

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
