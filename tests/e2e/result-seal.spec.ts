import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";

/**
 * The sealed result on 2014, which the seed publishes without a seal: the secretariat seals it as the archive record,
 * sees the whole fingerprint, downloads the winner's certificate, and finds that a published result cannot be
 * unfrozen. Sealing changes nothing the other specs read of 2014 (published, so read-only already); 2026 is untouched.
 */
test.describe.configure({ mode: "serial" });

const RESULT_2014 = "/admin/editions/2014/result";
const WINNER_CERTIFICATE_2014 = "/admin/editions/2014/certificates/1";

async function findViolations(page: Page) {
  const results = await new AxeBuilder({ page }).exclude("next-route-announcer").analyze();
  return results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

test.describe("the secretariat", () => {
  test.use({ storageState: getStorageStatePath("admin") });

  test("sees a published but unsealed 2014 with a freeze button and no certificates yet", async ({ page }) => {
    await page.goto("/admin/editions/2014");
    await page.getByRole("link", { name: "Sealed result and certificates" }).click();
    await expect(page).toHaveURL(RESULT_2014);
    await expect(page.getByRole("heading", { name: "Sealed result 2014", level: 1 })).toBeVisible();
    await expect(page.getByText(/published but were never sealed/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Freeze the result" })).toBeEnabled();
    await expect(page.getByTestId("result-fingerprint")).toHaveCount(0);
    await expect(page.getByText(/Certificates can be downloaded once the result is frozen/)).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const early = await page.request.get(WINNER_CERTIFICATE_2014);
    expect(early.status()).toBe(409);
    expect(early.headers()["content-type"]).toContain("application/json");
  });

  test("freezes 2014, sees the 64-digit fingerprint and downloads the winner's certificate", async ({ page }) => {
    const questions: string[] = [];
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(RESULT_2014);
    await page.getByRole("button", { name: "Freeze the result" }).click();

    const fingerprint = page.getByTestId("result-fingerprint");
    await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);
    expect(questions).toEqual([expect.stringContaining("Freeze the result of 2014?")]);
    await expect(page.getByText("The stored snapshot and the data today both give this fingerprint.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Freeze the result" })).toHaveCount(0);
    // Published: the seal is the public record, so there is no way to lift it, and the page says why.
    await expect(page.getByRole("button", { name: "Unfreeze the result" })).toHaveCount(0);
    await expect(page.getByText(/cannot be unfrozen/)).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Winner certificate (PDF)" }).click()]);
    expect(download.suggestedFilename()).toBe("palmares-2014-certificate-winner.pdf");
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(page.getByRole("link", { name: "Second place certificate (PDF)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Third place certificate (PDF)" })).toBeVisible();

    // The presenter's script carries the same fingerprint.
    const sealed = await fingerprint.textContent();
    await page.goto("/admin/editions/2014/ceremony?rehearsal=1");
    await expect(page.getByTestId("presenter-fingerprint")).toHaveText(sealed!);
  });

  test("gets the certificate as an attachment that is never sniffed, and 404 for a place nobody holds", async ({ page }) => {
    const response = await page.request.get(WINNER_CERTIFICATE_2014);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="palmares-2014-certificate-winner.pdf"');
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    expect((await page.request.get("/admin/editions/2014/certificates/9")).status()).toBe(404);
    expect((await page.request.get("/admin/editions/2014/certificates/0")).status()).toBe(404);
  });
});

test("the result page and the certificates refuse everyone but the secretariat", async ({ browser }) => {
  const chair = await browser.newContext({ storageState: getStorageStatePath("juror") });
  const page = await chair.newPage();
  await page.goto(RESULT_2014);
  await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
  await expect(page.getByTestId("result-fingerprint")).toHaveCount(0);
  const refused = await chair.request.get(WINNER_CERTIFICATE_2014);
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).not.toContain("pdf");
  await chair.close();

  const visitor = await browser.newContext();
  const anonymous = await visitor.request.get(WINNER_CERTIFICATE_2014, { maxRedirects: 0 });
  expect(anonymous.headers()["content-type"] ?? "").not.toContain("pdf");
  expect([307, 401]).toContain(anonymous.status());
  await visitor.close();
});
