import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import type { SpecAccount } from "./spec-accounts";

/** The seeded demo accounts (db/seed), one per role the flows need. */
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@palmares.demo", password: "admin-demo-2026" },
  coordinator: { email: "coordinator@palmares.demo", password: "coordinator-demo-2026" },
  juror: { email: "juror@palmares.demo", password: "juror-demo-2026" },
  jurorDe: { email: "juror.de@palmares.demo", password: "juror-demo-2026" },
} as const;

export type Role = keyof typeof DEMO_ACCOUNTS;

/** Where the setup project saves a demo role's or a spec account's signed-in browser state (gitignored). */
export function getStorageStatePath(account: Role | SpecAccount): string {
  return path.join(__dirname, "..", ".auth", `${account}.json`);
}

/**
 * A new browser context signed in as the account, on a blank page. Confirmations are answered yes unless the
 * caller wants to read them.
 */
export async function openAs(browser: Browser, account: Role | SpecAccount, options: { acceptDialogs?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ storageState: getStorageStatePath(account) });
  const page = await context.newPage();
  if (options.acceptDialogs ?? true) page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

/** Fills and submits the real sign-in form; the caller checks where it ends. */
export async function submitSignInForm(page: Page, credentials: { email: string; password: string }, from = "/signin") {
  // Wait for the scripts to settle so the click reaches React's handler, not the browser's native form submit.
  await page.goto(from, { waitUntil: "networkidle" });
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The site header's main navigation, where sign-in state and the role areas show. */
export function getMainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}
