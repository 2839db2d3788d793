import { expect, test, type Page } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { findViolations } from "./support/page-checks";

/**
 * The secretariat's read-only views. The 2014 edition is published and never changes, so the exact checks use it;
 * 2026 is the award path's (which moves its phase), so it is only checked for what stays true in any phase.
 */
const LIST_2014 = "/admin/editions/2014/nominations";
const AWARDED_2014 = ["HopeNow – Empowering trafficked people", "Ac.Sé", "NO"];

/** The titles in the nominations table, top to bottom. */
async function listTitles(page: Page): Promise<string[]> {
  const cells = page.getByRole("main").getByRole("table").locator("tbody th[scope=row]");
  return (await cells.allInnerTexts()).map((text) => text.split("\n")[0]!.trim());
}

test.describe("the secretariat's views", () => {
  test.use({ storageState: getStorageStatePath("admin") });

  test("lists an edition's nominations with counts per state and who did not submit", async ({ page }) => {
    await page.goto("/admin/editions/2014");
    await page.getByRole("link", { name: "Nominations: filters and who has not submitted" }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST_2014}$`));
    await expect(page.getByRole("heading", { name: "Nominations 2014", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "All nominations (8)" })).toBeVisible();
    const counts = page.getByRole("list", { name: /Nominations per state/ });
    await expect(counts.getByRole("link", { name: "3 awarded" })).toBeVisible();
    await expect(counts.getByRole("link", { name: "5 participant" })).toBeVisible();
    expect(await listTitles(page)).toHaveLength(8);

    // 28 member states at the 2014 deadline (the United Kingdom still one of them), 8 of which sent a dossier.
    await expect(page.getByRole("heading", { name: "Did not submit (20)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Draft in progress (0)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nothing started (20)" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Did not submit/ })).toContainText("Austria");
    expect(await findViolations(page)).toEqual([]);
  });

  test("filters by state and by country with links that can be shared", async ({ page }) => {
    await page.goto(LIST_2014);
    await page.getByLabel("State", { exact: true }).selectOption("awarded");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/state=awarded/);
    await expect.poll(() => listTitles(page).then((titles) => titles.sort())).toEqual([...AWARDED_2014].sort());

    // The same view from its link, then narrowed to a former member state.
    await page.goto(`${LIST_2014}?state=participant&country=GB`);
    await expect(page.getByLabel("Country", { exact: true })).toHaveValue("GB");
    expect(await listTitles(page)).toEqual(["Demo entry: Supply-chain checks for local councils"]);

    await page.goto(`${LIST_2014}?state=awarded&country=GB`);
    await expect(page.getByText("No nominations match these filters")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(new RegExp(`${LIST_2014}$`));
    expect(await listTitles(page)).toHaveLength(8);
  });

  test("sorts by a column, and the other way on a second click", async ({ page }) => {
    await page.goto(LIST_2014);
    const byTitle = (titles: string[]) => [...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    await page.getByRole("link", { name: /^Title/ }).click();
    await expect(page).toHaveURL(/sort=title/);
    await expect(page.getByRole("columnheader", { name: /^Title/ })).toHaveAttribute("aria-sort", "ascending");
    const ascending = await listTitles(page);
    expect(ascending).toEqual(byTitle(ascending));

    await page.getByRole("link", { name: /^Title/ }).click();
    await expect(page).toHaveURL(/sort=title&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /^Title/ })).toHaveAttribute("aria-sort", "descending");
    expect(await listTitles(page)).toEqual([...ascending].reverse());
  });

  test("shows the current edition's submitted dossiers, whatever its phase", async ({ page }) => {
    await page.goto("/admin/editions/2026/nominations?country=NL");
    await expect(page.getByRole("heading", { name: "Nominations 2026", level: 1 })).toBeVisible();
    const titles = await listTitles(page);
    expect(titles).toContain("Demo entry: Mentors for young people approached by criminal networks");
    expect(titles).not.toContain("Demo entry: School workshops on recruitment through social media");
    await expect(page.getByRole("heading", { name: /^(Not submitted yet|Did not submit) \(\d+\)$/ })).toBeVisible();
  });

  test("reads the outbox, and a message's body", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("main").getByRole("link", { name: "Outbox" }).click();
    await expect(page).toHaveURL(/\/admin\/outbox$/);
    await expect(page.getByRole("heading", { name: "Outbox", level: 1 })).toBeVisible();
    // The test server has no SMTP_URL, so every message stays here to be read.
    await expect(page.getByText(/No SMTP server is configured/)).toBeVisible();
    expect(await findViolations(page)).toEqual([]);

    const table = page.getByRole("main").getByRole("table");
    // Run alone, the spec finds a fresh database with no mail; after the award path, the decisions' emails are here.
    if ((await table.count()) === 0) {
      await expect(page.getByText("No messages yet")).toBeVisible();
      return;
    }
    const first = table.locator("tbody th[scope=row] a").first();
    const subject = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/admin\/outbox\/\d+$/);
    await expect(page.getByRole("heading", { name: subject, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Message" })).toBeVisible();
    await expect(page.getByText("To", { exact: true })).toBeVisible();
  });

  test("answers an unknown message or edition with not found", async ({ page }) => {
    expect((await page.goto("/admin/outbox/999999999"))?.status()).toBe(404);
    expect((await page.goto("/admin/outbox/abc"))?.status()).toBe(404);
    expect((await page.goto("/admin/editions/1989/nominations"))?.status()).toBe(404);
  });
});

test.describe("for a coordinator", () => {
  test.use({ storageState: getStorageStatePath("coordinator") });

  for (const path of [LIST_2014, "/admin/outbox", "/admin/outbox/1"]) {
    test(`${path} is refused with no secretariat data`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
      await expect(page.getByRole("main").getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("main")).not.toContainText("HopeNow");
    });
  }
});
