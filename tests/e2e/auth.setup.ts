import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, getMainNav, getStorageStatePath, submitSignInForm, type Role } from "./support/accounts";

// Each role signs in once through the real form; the specs reuse the saved cookies.
for (const role of Object.keys(DEMO_ACCOUNTS) as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await submitSignInForm(page, DEMO_ACCOUNTS[role]);
    await expect(page).not.toHaveURL(/\/signin/);
    await expect(getMainNav(page).getByRole("link", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: getStorageStatePath(role) });
  });
}
