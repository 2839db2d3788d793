import { expect, type Page } from "@playwright/test";

/** The secretariat moves the edition one phase on from its page; the page must then show the new phase. */
export async function advancePhase(page: Page, year: number, to: string) {
  await page.goto(`/admin/editions/${year}`);
  await page.getByRole("button", { name: `Move to ${to}` }).click();
  await expect(page.getByRole("heading", { name: `Phase: ${to}` })).toBeVisible();
}

/**
 * The secretariat seals the edition's result on its result page (the page asks for confirmation: the caller's page
 * must accept dialogs) and returns the fingerprint it shows.
 */
export async function sealResult(page: Page, year: number): Promise<string> {
  await page.goto(`/admin/editions/${year}/result`);
  await page.getByRole("button", { name: "Freeze the result" }).click();
  const fingerprint = page.getByTestId("result-fingerprint");
  await expect(fingerprint).toHaveText(/^[0-9a-f]{64}$/);
  return (await fingerprint.textContent())!;
}
