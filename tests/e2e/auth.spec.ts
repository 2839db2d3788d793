import { expect, test } from "@playwright/test";
import { getMainNav, getStorageStatePath, submitSignInForm } from "./support/accounts";
import { getSpecCredentials } from "./support/spec-accounts";

const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password.";
// 5 failures per account per 15 minutes (lib/auth/sign-in-throttle.ts): the 6th attempt waits out the window.
const THROTTLED_MESSAGE = /^Too many failed sign-in attempts\. Please wait 1[45] minutes before trying again\.$/;

test.describe("signing in and out", () => {
  test("the sign-in fields tell browsers and password managers what they hold", async ({ page }) => {
    await page.goto("/signin");
    const email = page.getByLabel("Email");
    // "username" belongs on a text control (the HTML spec refuses it on type=email); the phone keyboard still has "@".
    await expect(email).toHaveAttribute("type", "text");
    await expect(email).toHaveAttribute("autocomplete", "username");
    await expect(email).toHaveAttribute("inputmode", "email");
    await expect(page.getByLabel("Password")).toHaveAttribute("autocomplete", "current-password");
    await page.goto("/password/forgot");
    await expect(page.getByLabel(/email/i)).toHaveAttribute("autocomplete", "email");
  });

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

  test("a coordinator signs in, is sent back to the page they asked for, and signs out", async ({ page, browser }) => {
    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);

    // Its own account: signing out ends every session of the person, the saved demo states included.
    await submitSignInForm(page, getSpecCredentials("authCoordinator"), page.url());
    await expect(page).toHaveURL(/\/coordinator$/);
    const nav = getMainNav(page);
    await expect(nav.getByRole("link", { name: "My nominations" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Secretariat" })).toHaveCount(0);

    const copiedCookies = await page.context().cookies();
    expect(copiedCookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

    await nav.getByRole("link", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signout$/);
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "My nominations" })).toHaveCount(0);

    await page.goto("/coordinator");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);

    // The cookie copied before signing out opens nothing in a fresh browser either.
    const replay = await browser.newContext();
    try {
      await replay.addCookies(copiedCookies);
      const replayPage = await replay.newPage();
      await replayPage.goto("/coordinator");
      await expect(replayPage).toHaveURL(/\/signin\?callbackUrl=%2Fcoordinator$/);
      await expect(getMainNav(replayPage).getByRole("link", { name: "My nominations" })).toHaveCount(0);
    } finally {
      await replay.close();
    }
  });

  test("after five wrong passwords the account waits, and the form says for how long", async ({ page }) => {
    const account = getSpecCredentials("authThrottled");
    for (let i = 0; i < 5; i++) {
      await submitSignInForm(page, { email: account.email, password: `wrong-${i}` });
      await expect(page.getByRole("status")).toHaveText(WRONG_CREDENTIALS_MESSAGE);
    }
    await submitSignInForm(page, { email: account.email, password: "wrong-again" });
    await expect(page.getByRole("status")).toHaveText(THROTTLED_MESSAGE);

    // Even the right password waits, and the refusal is a 429 with the wait in Retry-After.
    const answer = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await submitSignInForm(page, account);
    const response = await answer;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
    await expect(page.getByRole("status")).toHaveText(THROTTLED_MESSAGE);
    await expect(page).toHaveURL(/\/signin/);
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
