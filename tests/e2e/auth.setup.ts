import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, getMainNav, getStorageStatePath, submitSignInForm, type Role } from "./support/accounts";
import { SIGNED_IN_SPEC_ACCOUNTS, getSpecCredentials, type SpecAccount } from "./support/spec-accounts";

const ACCOUNTS: [Role | SpecAccount, { email: string; password: string }][] = [
  ...(Object.keys(DEMO_ACCOUNTS) as Role[]).map((role): [Role, { email: string; password: string }] => [role, DEMO_ACCOUNTS[role]]),
  ...SIGNED_IN_SPEC_ACCOUNTS.map((account): [SpecAccount, { email: string; password: string }] => [account, getSpecCredentials(account)]),
];

// Each demo role and each spec's own account signs in once through the real form; the specs reuse the saved cookies.
for (const [account, credentials] of ACCOUNTS) {
  setup(`sign in as ${account}`, async ({ page }) => {
    await submitSignInForm(page, credentials);
    await expect(page).not.toHaveURL(/\/signin/);
    await expect(getMainNav(page).getByRole("link", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: getStorageStatePath(account) });
  });
}
