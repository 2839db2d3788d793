import { expect, test } from "@playwright/test";
import { getMainNav, getStorageStatePath, submitSignInForm } from "./support/accounts";
import { getSpecCredentials } from "./support/spec-accounts";

const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password.";

test.describe("signing in and out", () => {
  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    // The spec's own juror, so a lock-out rule could not break a state another spec signs in with.
    await submitSignInForm(page, { email: getSpecCredentials("authJuror").email, password: "not-the-password" });
    await expect(page.getByRole("status")).toHaveText(WRONG_CREDENTIALS_MESSAGE);
    await expect(page).toHaveURL(/\/signin/);

    await submitSignInForm(page, { email: "nobody@palmares.demo", password: "not-the-password" });
    await expect(page.getByRole("status")).toHaveText(WRONG_CREDENTIALS_MESSAGE);
    await expect(page).toHaveURL(/\/signin/);
    await expect(getMainNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a coordinator signs in, is sent back to the page they asked for, and signs out", async ({ page }) => {
    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);

    // The spec's own coordinator: signing out may end every session of the account, never a demo role's.
    await submitSignInForm(page, getSpecCredentials("authCoordinator"), page.url());
    await expect(page).toHaveURL(/\/coordinator$/);
    const nav = getMainNav(page);
    await expect(nav.getByRole("link", { name: "My nominations" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Secretariat" })).toHaveCount(0);

    await nav.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signout$/);
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "My nominations" })).toHaveCount(0);

    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);
  });
});

test.describe("anonymous visitors", () => {
  for (const area of ["/admin", "/coordinator", "/jury"]) {
    test(`are sent from ${area} to the sign-in page`, async ({ page }) => {
      await page.goto(area);
      await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(area)}$`));
      await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
    });
  }
});

// A theme the seeded admin list shows: the positive control proves the refusal test looks for the right thing.
const EDITION_2026_THEME = /Preventing young people's involvement in organised crime/;

test.describe("the secretariat area", () => {
  test.describe("for an admin", () => {
    test.use({ storageState: getStorageStatePath("admin") });

    test("shows the secretariat page with the editions", async ({ page }) => {
      await page.goto("/admin");
      await expect(page.getByRole("heading", { name: "Secretariat", level: 1 })).toBeVisible();
      await expect(page.getByRole("main").getByRole("table")).toContainText(EDITION_2026_THEME);
    });
  });

  test.describe("for a signed-in coordinator", () => {
    test.use({ storageState: getStorageStatePath("coordinator") });

    test("is refused, with no admin data on the page", async ({ page }) => {
      await page.goto("/admin");
      // Signed in, so not bounced to /signin; refused by the page's own check instead.
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Secretariat" })).toHaveCount(0);
      await expect(page.getByRole("main").getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("main")).not.toContainText(EDITION_2026_THEME);
      await expect(getMainNav(page).getByRole("link", { name: "Secretariat" })).toHaveCount(0);
    });
  });
});
