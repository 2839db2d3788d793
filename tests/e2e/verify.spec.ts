import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { findViolations, tabTo } from "./support/page-checks";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The verify page on the spec's own edition (seed/verify.seed.ts), published with a result the secretariat sealed:
 * anyone, signed out, checks the real public part in the browser, and a copy changed by one character is refused.
 */
const YEAR = SPEC_YEARS.verify;
const SNAPSHOT = `/api/v1/editions/${YEAR}/results/snapshot.json`;

async function getPublished(page: Page) {
  const response = await page.request.get(SNAPSHOT);
  expect(response.status()).toBe(200);
  const text = await response.text();
  const results = await (await page.request.get(`/api/v1/editions/${YEAR}/results`)).json();
  return { text, fingerprint: results.seal.publicFingerprint as string };
}

test("the results page publishes both fingerprints and links to a check that matches", async ({ page }) => {
  const { text, fingerprint } = await getPublished(page);
  // The file is the exact bytes of its fingerprint, so sha256sum gives it too.
  expect(createHash("sha256").update(text, "utf8").digest("hex")).toBe(fingerprint);
  expect(text).not.toMatch(/"(scores|sheets|jurors|value)":/);

  await page.goto(`/results/${YEAR}`);
  const section = page.getByRole("region", { name: "The sealed result" });
  await expect(section.getByTestId("public-fingerprint")).toHaveText(fingerprint);
  await expect(section.getByTestId("private-fingerprint")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(section.getByRole("link", { name: "Download the public part (JSON)" })).toHaveAttribute("href", SNAPSHOT);

  await section.getByRole("link", { name: "Check it in your browser" }).click();
  await expect(page).toHaveURL(`/verify?year=${YEAR}`);
  await expect(page.getByRole("heading", { name: "Verify a sealed result", level: 1 })).toBeVisible();
  const result = page.getByTestId("verify-result");
  await expect(result).toContainText(`Matches the seal published on`);
  await expect(result).toContainText(`for the results of ${YEAR}`);
  await expect(result).toContainText(fingerprint);
  await expect(page.getByLabel("Public part of the sealed result (JSON)")).toHaveValue(text);
  expect(await findViolations(page)).toEqual([]);
});

test("accepts the real public part pasted with the keyboard, and rejects one changed by one character", async ({ page }) => {
  const { text, fingerprint } = await getPublished(page);
  await page.goto("/verify");
  const field = page.getByLabel("Public part of the sealed result (JSON)");
  const button = page.getByRole("button", { name: "Check the fingerprint" });
  const result = page.getByTestId("verify-result");

  await tabTo(page, field);
  await field.fill(text);
  await tabTo(page, button);
  await page.keyboard.press("Enter");
  await expect(result).toContainText("Matches the seal published on");

  // One character of the winner's title: still valid JSON, a different fingerprint.
  const changed = text.replace("Verify winner from Denmark", "Verify winner from Denmarc");
  expect(changed).not.toBe(text);
  await field.fill(changed);
  await button.click();
  await expect(result).toContainText(`Does not match the seal published for ${YEAR}.`);
  await expect(result).toContainText(`The published fingerprint is ${fingerprint}, this file gives`);
  const computed = await result.locator("code").nth(1).textContent();
  expect(computed).toMatch(/^[0-9a-f]{64}$/);
  expect(computed).not.toBe(fingerprint);
  expect(await findViolations(page)).toEqual([]);

  await field.fill(text.slice(0, -1));
  await button.click();
  await expect(result).toContainText("This is not valid JSON");
});

test("accepts the real public part uploaded as a file, re-spaced, and says when a year has no seal", async ({ page }) => {
  const { text } = await getPublished(page);
  await page.goto("/verify");
  const respaced = JSON.stringify(JSON.parse(text), null, 2);
  await page.getByLabel("Or choose the file").setInputFiles({ name: `palmares-${YEAR}-public-result.json`, mimeType: "application/json", buffer: Buffer.from(respaced) });
  await expect(page.getByTestId("verify-result")).toContainText("Matches the seal published on");

  await page.goto("/verify?year=2199");
  await expect(page.getByTestId("verify-result")).toContainText("No sealed result is published for 2199.");
});
