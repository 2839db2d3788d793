import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The sealed result on the spec's own edition (seed/result-seal.seed.ts), published with its awards but never
 * sealed, as an archive year is: the secretariat seals it as the archive record, sees the whole fingerprint,
 * downloads the winner's certificate, and finds that a published result cannot be unfrozen.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.resultSeal;
const RESULT = `/admin/editions/${YEAR}/result`;
const WINNER_CERTIFICATE = `/admin/editions/${YEAR}/certificates/1`;

test.describe("the secretariat", () => {
  test.use({ storageState: getStorageStatePath("admin") });

  test("sees a published but unsealed edition with a freeze button and no certificates yet", async ({ page }) => {
    await page.goto(`/admin/editions/${YEAR}`);
    await page.getByRole("link", { name: "Sealed result and certificates" }).click();
    await expect(page).toHaveURL(RESULT);
    await expect(page.getByRole("heading", { name: `Sealed result ${YEAR}`, level: 1 })).toBeVisible();
    await expect(page.getByText(/published but were never sealed/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Freeze the result" })).toBeEnabled();
    await expect(page.getByTestId("result-fingerprint")).toHaveCount(0);
    await expect(page.getByText(/Certificates can be downloaded once the result is frozen/)).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const early = await page.request.get(WINNER_CERTIFICATE);
    expect(early.status()).toBe(409);
    expect(early.headers()["content-type"]).toContain("application/json");
  });

  test("freezes it, sees the 64-digit fingerprint and downloads the winner's certificate", async ({ page }) => {
    const questions: string[] = [];
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(RESULT);
    await page.getByRole("button", { name: "Freeze the result" }).click();

    const fingerprint = page.getByTestId("result-fingerprint");
    await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);
    expect(questions).toEqual([expect.stringContaining(`Freeze the result of ${YEAR}?`)]);
    await expect(page.getByText("The stored snapshot and the data today both give this fingerprint.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Freeze the result" })).toHaveCount(0);
    // Published: the seal is the public record, so there is no way to lift it, and the page says why.
    await expect(page.getByRole("button", { name: "Unfreeze the result" })).toHaveCount(0);
    await expect(page.getByText(/cannot be unfrozen/)).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Winner certificate (PDF)" }).click()]);
    expect(download.suggestedFilename()).toBe(`palmares-${YEAR}-certificate-winner.pdf`);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(page.getByRole("link", { name: "Second place certificate (PDF)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Third place certificate (PDF)" })).toBeVisible();

    // The presenter's script carries the same fingerprint.
    const sealed = await fingerprint.textContent();
    await page.goto(`/admin/editions/${YEAR}/ceremony?rehearsal=1`);
    await expect(page.getByTestId("presenter-fingerprint")).toHaveText(sealed!);
  });

  test("gets the certificate as an attachment that is never sniffed, and 404 for a place nobody holds", async ({ page }) => {
    const response = await page.request.get(WINNER_CERTIFICATE);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="palmares-${YEAR}-certificate-winner.pdf"`);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    expect((await page.request.get(`/admin/editions/${YEAR}/certificates/9`)).status()).toBe(404);
    expect((await page.request.get(`/admin/editions/${YEAR}/certificates/0`)).status()).toBe(404);
  });
});

test("the result page and the certificates refuse everyone but the secretariat", async ({ browser }) => {
  const chair = await browser.newContext({ storageState: getStorageStatePath("juror") });
  const page = await chair.newPage();
  await page.goto(RESULT);
  await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
  await expect(page.getByTestId("result-fingerprint")).toHaveCount(0);
  const refused = await chair.request.get(WINNER_CERTIFICATE);
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).not.toContain("pdf");
  await chair.close();

  const visitor = await browser.newContext();
  const anonymous = await visitor.request.get(WINNER_CERTIFICATE, { maxRedirects: 0 });
  expect(anonymous.headers()["content-type"] ?? "").not.toContain("pdf");
  expect([307, 401]).toContain(anonymous.status());
  await visitor.close();
});
