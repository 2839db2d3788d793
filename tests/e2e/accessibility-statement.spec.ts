import { expect, test } from "@playwright/test";
import { findViolations } from "./support/page-checks";

test("the accessibility statement is linked from every page's footer and says what was tested, what is missing and whom to tell", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Privacy notice" })).toBeVisible();
  await footer.getByRole("link", { name: "Accessibility" }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page).toHaveTitle(/^Accessibility statement/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  for (const section of ["The standard we aim for", "What we tested, and how", "Known limitations", "Report a problem", "About this statement"]) {
    await expect(page.getByRole("heading", { name: section, level: 2 })).toBeVisible();
  }
  await expect(page.getByText(/WCAG\) 2\.2\s+at level AA/)).toBeVisible();
  await expect(page.getByText("Status: partially conformant.")).toBeVisible();
  await expect(page.locator("time[datetime='2026-12-02']")).toHaveText("2 December 2026");
  expect(await findViolations(page)).toEqual([]);
});
