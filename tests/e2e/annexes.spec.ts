import { expect, test, type Page } from "@playwright/test";
import { getStorageStatePath, submitSignInForm } from "./support/accounts";
import { SPEC_YEARS, getSpecCredentials } from "./support/spec-accounts";
import { createAxe } from "./support/page-checks";

/**
 * The Netherlands' coordinator adds PDF annexes to a new additional good practice of the spec's own edition
 * (seed/annexes.seed.ts), and Belgium's coordinator of that edition may not see them.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.annexes;
const NL_COORDINATOR = getSpecCredentials("annexesCoordinatorNl");
const TITLE = `Annexes test ${Date.now()}`;
// A small but complete PDF: the header, one catalog, a trailer and the end-of-file marker.
const MINIMAL_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R /Size 3 >>\n%%EOF\n",
);
const HTML_PAGE = Buffer.from("<!doctype html><html><body><script>alert('owned')</script></body></html>\n");

let dossierUrl = "";

function getPanel(page: Page) {
  return page.getByRole("region", { name: "Annexes" });
}

function getAnnexList(page: Page) {
  return getPanel(page).getByRole("list", { name: "Annexes" });
}

test("the Netherlands' coordinator starts an additional good practice", async ({ page }) => {
  const newNominationPath = `/coordinator/nominations/new?edition=${YEAR}`;
  await submitSignInForm(page, NL_COORDINATOR, `/signin?callbackUrl=${encodeURIComponent(newNominationPath)}`);
  await expect(page).toHaveURL(new RegExp(`/coordinator/nominations/new\\?edition=${YEAR}$`));
  await page.getByLabel("Additional good practice").check();
  await page.getByLabel("Project title").fill(TITLE);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/coordinator\/nominations\/[0-9a-f-]{36}$/);
  dossierUrl = new URL(page.url()).pathname;
  await page.context().storageState({ path: getNlStatePath() });
});

function getNlStatePath() {
  return getStorageStatePath("annexesCoordinatorNl");
}

test.describe("on the dossier page", () => {
  test.use({ storageState: getNlStatePath() });

  test("a real PDF is uploaded, listed with its size and downloaded as an attachment", async ({ page }) => {
    await page.goto(dossierUrl);
    const panel = getPanel(page);
    await expect(panel.getByText("No annexes yet.")).toBeVisible();
    await panel.getByLabel("PDF file").setInputFiles({ name: "evaluation-report.pdf", mimeType: "application/pdf", buffer: MINIMAL_PDF });
    await panel.getByRole("button", { name: "Upload annex" }).click();
    await expect(panel.getByRole("status")).toHaveText("“evaluation-report.pdf” was added to the dossier.");
    const item = getAnnexList(page).getByRole("listitem");
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`${MINIMAL_PDF.length} bytes`);
    const axe = await createAxe(page).include('section[aria-labelledby="annexes-heading"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), item.getByRole("link", { name: "evaluation-report.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("evaluation-report.pdf");
    const href = await item.getByRole("link", { name: "evaluation-report.pdf" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body())).toEqual(MINIMAL_PDF);
    expect(response.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="evaluation-report.pdf"; filename*=UTF-8''evaluation-report.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
  });

  test("an HTML page renamed .pdf is refused with a specific message and not listed", async ({ page }) => {
    await page.goto(dossierUrl);
    const panel = getPanel(page);
    await expect(getAnnexList(page).getByRole("listitem")).toHaveCount(1);
    await panel.getByLabel("PDF file").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: HTML_PAGE });
    await panel.getByRole("button", { name: "Upload annex" }).click();
    await expect(panel.getByRole("status")).toContainText("This file is not a PDF");
    await expect(getAnnexList(page).getByRole("listitem")).toHaveCount(1);
    await expect(panel.getByRole("link", { name: "report.pdf", exact: true })).toHaveCount(0);
  });

  test("the API strips a path from the name and refuses empty and oversized files", async ({ page }) => {
    const nominationId = dossierUrl.split("/").pop()!;
    const url = `/api/v1/nominations/${nominationId}/annexes`;
    const send = (name: string, buffer: Buffer) => page.request.post(url, { multipart: { file: { name, mimeType: "application/pdf", buffer } } });

    const withPath = await send("../../etc/budget.pdf", MINIMAL_PDF);
    expect(withPath.status()).toBe(201);
    expect((await withPath.json()).annex.fileName).toBe("budget.pdf");

    const empty = await send("empty.pdf", Buffer.alloc(0));
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error.message).toContain("This file is empty");

    const oversized = await send("huge.pdf", Buffer.concat([MINIMAL_PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(oversized.status()).toBe(413);
    expect((await oversized.json()).error).toMatchObject({ code: "TOO_LARGE", message: expect.stringContaining("larger than 10 MB") });

    // Far over the limit: refused from Content-Length before the body is read.
    const farTooLarge = await send("far-too-large.pdf", Buffer.concat([MINIMAL_PDF, Buffer.alloc(12 * 1024 * 1024)]));
    expect(farTooLarge.status()).toBe(413);
    expect((await farTooLarge.json()).error.code).toBe("TOO_LARGE");

    const listed = await (await page.request.get(url)).json();
    expect(listed.annexes.map((a: { fileName: string }) => a.fileName)).toEqual(["evaluation-report.pdf", "budget.pdf"]);
  });

  test("an annex is deleted by keyboard after a confirmation", async ({ page }) => {
    await page.goto(dossierUrl);
    const panel = getPanel(page);
    await expect(getAnnexList(page).getByRole("listitem")).toHaveCount(2);
    await panel.getByRole("button", { name: "Delete budget.pdf" }).focus();
    await page.keyboard.press("Enter");
    const confirm = panel.getByRole("button", { name: "Delete for good" });
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("status")).toHaveText("“budget.pdf” was deleted.");
    await expect(getAnnexList(page).getByRole("listitem")).toHaveCount(1);
    await expect(panel.getByRole("link", { name: "evaluation-report.pdf" })).toBeVisible();
  });
});

test.describe("for anyone else", () => {
  test("Belgium's coordinator gets not found for the Netherlands' annexes", async ({ browser }) => {
    const nl = await browser.newContext({ storageState: getNlStatePath() });
    const listed = await (await nl.request.get(`/api/v1/nominations/${dossierUrl.split("/").pop()}/annexes`)).json();
    const annexUrl = `/api/v1/annexes/${listed.annexes[0].id}`;
    expect((await nl.request.get(annexUrl)).status()).toBe(200);
    await nl.close();

    const be = await browser.newContext({ storageState: getStorageStatePath("annexesCoordinatorBe") });
    expect((await be.request.get(annexUrl)).status()).toBe(404);
    expect((await be.request.delete(annexUrl)).status()).toBe(404);
    await be.close();

    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(annexUrl)).status()).toBe(401);
    await anonymous.close();
  });
});
