import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { SPEC_ACCOUNTS, SPEC_YEARS } from "./support/spec-accounts";

/**
 * The audit viewer on the spec's own edition (seed/audit.seed.ts: five criteria added, one score submission): the
 * secretariat filters by edition and action, reads the entry in words, downloads the filtered CSV; the privacy
 * notice is public and linked from every page's footer.
 */
const YEAR = SPEC_YEARS.audit;

test.describe("the secretariat's audit trail", () => {
  test.use({ storageState: getStorageStatePath("admin") });

  test("filters by action, keeps the filter in the URL and downloads the filtered CSV", async ({ page }) => {
    await page.goto("/admin");
    await page.getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();
    await expect(page.getByText("Times in Europe/Brussels")).toBeVisible();

    await page.getByLabel("Edition (year)").fill(String(YEAR));
    await page.getByLabel("Action").fill("sheet.submit");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`year=${YEAR}.*action=sheet\\.submit`));
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("submitted scores");
    await expect(rows.nth(1)).toContainText("The system");
    await expect(rows.nth(1)).toContainText(/criterion \d+: 7 → 9/);
    await expect(rows.nth(1)).toContainText(`Edition ${YEAR}`);
    expect(await findViolations(page)).toEqual([]);

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("palmares-audit.csv");
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Entry,Time (UTC),Time (Europe/Brussels),Person,Person id,What,Action,Record type,Record id,Edition,Details");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("submitted scores,sheet.submit,score_sheet,audit-e2e-sheet,2048");
    expect(csv).not.toContain("criterion.added");

    // The record's own history is one click away.
    await page.getByRole("link", { name: "score sheet audit-e2e-sheet" }).click();
    await expect(page.getByRole("heading", { name: "History of score sheet audit-e2e-sheet" })).toBeVisible();
  });

  test("erases a person after a reason and a typed confirmation, and the trail shows the erasure", async ({ page }) => {
    await page.goto("/admin/audit/erasure");
    await page.getByLabel("Email or #id").fill("admin@palmares.demo");
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page.getByText("This is your own account")).toBeVisible();

    // The person's own page leads to the erasure form, open on them.
    await page.goto(`/admin/people?q=${encodeURIComponent(SPEC_ACCOUNTS.auditErasable.email)}`);
    await page.getByRole("link", { name: SPEC_ACCOUNTS.auditErasable.name }).click();
    await page.getByRole("link", { name: "Erase personal data…" }).click();
    await expect(page).toHaveURL(/\/admin\/audit\/erasure\?query=%23\d+$/);
    await expect(page.getByRole("heading", { name: SPEC_ACCOUNTS.auditErasable.name })).toBeVisible();
    expect(await findViolations(page)).toEqual([]);
    await page.getByLabel("Reason").fill("Request by email");
    await page.getByLabel("Type ERASE to confirm").fill("erase");
    await page.getByRole("button", { name: "Erase this person's personal data" }).click();
    await expect(page.getByText("Type ERASE to confirm.")).toBeVisible();
    await page.getByLabel("Type ERASE to confirm").fill("ERASE");
    await page.getByRole("button", { name: "Erase this person's personal data" }).click();
    await expect(page.getByText(/Erased\. The personal data of this person was erased on .+; they appear as “Erased person #\d+”/)).toBeVisible();
    await expect(page.getByRole("heading", { name: /Erased person #\d+/ })).toBeVisible();
    const erasedName = (await page.getByRole("heading", { name: /Erased person #\d+/ }).innerText()).replace(/\s*#\d+$/, "");
    await page.goto("/admin/people?status=erased");
    await expect(page.getByRole("row", { name: new RegExp(`^${erasedName}\\b`) })).toContainText("Personal data erased");

    await page.goto("/admin/audit?action=person.erased");
    const row = page.getByRole("table").getByRole("row").nth(1);
    await expect(row).toContainText("erased a person's personal data");
    await expect(row).toContainText("Request by email");
    await expect(page.getByText(SPEC_ACCOUNTS.auditErasable.email)).toHaveCount(0);
  });
});

test.describe("the privacy notice", () => {
  test("is public and linked from the footer and the sign-in page", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("link", { name: "How we use your data" }).click();
    await expect(page.getByRole("heading", { name: "Privacy notice", level: 1 })).toBeVisible();
    for (const heading of ["What we collect", "Why", "Who sees it", "How long", "Your rights, and erasure on request", "Contact"]) {
      await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    }
    await page.goto("/archive");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy notice" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
  });
});
