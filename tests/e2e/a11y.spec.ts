import { expect, test, type Page } from "@playwright/test";
import { submitSignInForm } from "./support/accounts";
import { createAxe } from "./support/page-checks";

/** Runs axe on the page as it is now and returns its violations with their help text. */
async function findViolations(page: Page) {
  const results = await createAxe(page).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

for (const path of ["/signin", "/", "/archive", "/password/forgot", "/privacy", "/accessibility"]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await findViolations(page)).toEqual([]);
  });
}

test("the sign-in form has no accessibility violations while it shows an error", async ({ page }) => {
  await submitSignInForm(page, { email: "nobody@palmares.demo", password: "not-the-password" });
  await expect(page.getByRole("status")).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
});
