import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { ADMIN_HOME_FAILED_SUBJECT } from "./seed/admin-home.seed";
import { getStorageStatePath } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The secretariat's home on the spec's own edition (seed/admin-home.seed.ts): in eligibility with two dossiers still
 * undecided, and a message that could not be delivered. The admin sees both, follows one to the page that fixes it,
 * and downloads the whole edition as a zip.
 */
const YEAR = SPEC_YEARS.adminHome;

test.use({ storageState: getStorageStatePath("admin") });

test("the home shows what needs attention, and each item links to the page that fixes it", async ({ page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Secretariat", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What needs your attention" })).toBeVisible();
  // Editions overlap, so the spec picks its own (the current one is whichever is latest under way).
  await page.getByLabel("Edition shown").selectOption(String(YEAR));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?year=${YEAR}$`));
  await expect(page.getByRole("heading", { name: new RegExp(`^Edition ${YEAR}`) })).toBeVisible();
  await expect(page.getByText("Phase:")).toContainText("Eligibility");
  await expect(page.getByTestId("next-deadline")).toContainText(/Nominations close: .* Europe\/Brussels \((CET|CEST)\) \(\d+ days?, /);
  await expect(page.getByText("Dates and times are shown in Europe/Brussels.")).toBeVisible();

  const items = page.getByTestId("attention-list").getByRole("listitem");
  await expect(items.filter({ hasText: "2 dossiers are submitted without an eligibility decision" })).toBeVisible();
  await expect(items.filter({ hasText: /\d+ messages? could not be delivered/ })).toBeVisible();
  // The editions table stays below.
  await expect(page.getByRole("main").getByRole("table")).toContainText("Admin home end-to-end theme");
  expect(await findViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Decide eligibility" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${YEAR}/nominations\\?state=submitted$`));
  const table = page.getByRole("main").getByRole("table");
  await expect(table).toContainText("Home dossier from Portugal");
  await expect(table).toContainText("Home dossier from Spain");
  await expect(table).not.toContainText("Home dossier from Malta");

  await page.goto(`/admin?year=${YEAR}`);
  await page.getByRole("link", { name: "Read the failed messages" }).click();
  await expect(page).toHaveURL(/\/admin\/outbox\?status=failed$/);
  await expect(page.getByRole("main")).toContainText(ADMIN_HOME_FAILED_SUBJECT);
});

test("the edition's page downloads the whole edition as a zip with edition.json and its manifest", async ({ page }) => {
  await page.goto(`/admin/editions/${YEAR}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export the whole edition (zip)" }).click()]);
  expect(download.suggestedFilename()).toBe(`palmares-${YEAR}-edition.zip`);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  expect(strFromU8(bytes.subarray(0, 2))).toBe("PK");
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["manifest.json", "edition.json", "csv/nominations.csv"]));
  const edition = JSON.parse(strFromU8(files["edition.json"]!)) as { editions: { year: number }[]; nominations: { title: string }[] };
  expect(edition.editions[0]!.year).toBe(YEAR);
  expect(edition.nominations.map((n) => n.title).sort()).toEqual(["Home dossier from Malta", "Home dossier from Portugal", "Home dossier from Spain"]);
  const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as { counts: Record<string, number> };
  expect(manifest.counts).toMatchObject({ editions: 1, nominations: 3 });

  // Importing it back here is refused (the year exists), as is a damaged copy; nothing is written either way.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  await page.getByRole("link", { name: "Import an edition" }).click();
  await expect(page.getByRole("heading", { name: "Import an edition", level: 1 })).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
  await page.getByLabel("Edition archive (.zip)").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/zip", buffer: Buffer.from(bytes) });
  await page.getByRole("button", { name: "Import the edition" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Edition ${YEAR} already exists in this database` })).toContainText("Nothing was imported.");
  const damaged = Buffer.from(bytes);
  damaged[Math.floor(damaged.length / 2)] = damaged[Math.floor(damaged.length / 2)]! ^ 0xff;
  await page.getByLabel("Edition archive (.zip)").setInputFiles({ name: "damaged.zip", mimeType: "application/zip", buffer: damaged });
  await page.getByRole("button", { name: "Import the edition" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The archive is damaged or is not a Palmarès edition export" })).toBeVisible();
});
