import { expect, test, type Browser, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { SPEC_ACCOUNTS, SPEC_YEARS } from "./support/spec-accounts";

/**
 * The secretariat's jury pages once the jury is closed, on the spec's own edition (seed/jury-progress.seed.ts):
 * in deliberation, assigned in mode "all", with submitted sheets, a draft and sheets never started. Everything is
 * read-only now; the counts on the progress page must match the assignment matrix.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.juryProgress;
const CHAIR = SPEC_ACCOUNTS.progressChair.name;

async function openAsAdmin(browser: Browser): Promise<Page> {
  return openAs(browser, "admin");
}

/** The matrix as data: juror names across, and for each dossier row its country and each cell's kind. */
async function readMatrix(page: Page) {
  const table = page.getByRole("table", { name: "Assignments: one row per dossier, one column per juror" });
  await expect(table).toBeVisible();
  return table.evaluate((element) => {
    const jurors = [...element.querySelectorAll("thead th")].slice(1, -1).map((th) => th.childNodes[0]?.textContent?.trim() ?? "");
    const rows = [...element.querySelectorAll("tbody tr")].map((tr) => ({
      dossier: tr.querySelector("th")?.childNodes[0]?.textContent?.trim() ?? "",
      cells: [...tr.querySelectorAll("td[data-cell]")].map((td) => ({ kind: td.getAttribute("data-cell"), text: td.textContent ?? "" })),
    }));
    return { jurors, rows };
  });
}

/** One row of a progress table as numbers: assigned, not started, draft, submitted. */
async function readCounts(page: Page, table: string, name: string | RegExp): Promise<number[]> {
  const row = page.getByRole("table", { name: table }).getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  return (await row.getByRole("cell").allTextContents()).map(Number);
}

test("the assignment matrix of a closed jury is read-only and shows who scored what", async ({ browser }) => {
  const page = await openAsAdmin(browser);
  await page.goto(`/admin/editions/${YEAR}`);
  await page.getByRole("link", { name: "Assignments", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Assignments ${YEAR}`, level: 1 })).toBeVisible();

  await expect(page.getByText("The jury is closed: assignments can no longer change.")).toBeVisible();
  await expect(page.getByText("The jury is closed: the assignment settings can no longer change.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate assignments" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Assign|Remove) / })).toHaveCount(0);

  const matrix = await readMatrix(page);
  const chairColumn = matrix.jurors.indexOf(CHAIR);
  expect(chairColumn).toBeGreaterThanOrEqual(0);
  const belgium = matrix.rows.find((row) => row.dossier === "Belgium")!;
  expect(belgium.cells[chairColumn]).toMatchObject({ kind: "assigned", text: expect.stringContaining("Submitted") });
  // Scoring opened with the chair on every dossier of another country (mode "all"); none is left open.
  for (const row of matrix.rows) expect(["assigned", "conflict"]).toContain(row.cells[chairColumn]!.kind);
  expect(await findViolations(page)).toEqual([]);
});

test("the matrix's dossier filters live in the URL, and its counts come from the whole edition", async ({ browser }) => {
  const page = await openAsAdmin(browser);
  await page.goto(`/admin/editions/${YEAR}/assignments`);
  const all = await readMatrix(page);
  expect(all.rows.map((row) => row.dossier).sort()).toEqual(["Belgium", "Germany", "Netherlands"]);
  const filters = page.getByRole("search", { name: "Filter dossiers" });

  await filters.getByLabel("Dossier title or country").fill("netherlands");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=netherlands(&|$)/);
  await expect(page.getByText(/^1 dossier matches · 2 jurors · \d+ assignments$/)).toBeVisible();
  const filtered = await readMatrix(page);
  expect(filtered.rows.map((row) => row.dossier)).toEqual(["Netherlands"]);
  // The per-juror totals still count the whole edition, not the one row shown.
  const footer = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Dossiers per juror" }) });
  const chairTotal = all.rows.filter((row) => row.cells[all.jurors.indexOf(CHAIR)]!.kind === "assigned").length;
  expect(Number((await footer.getByRole("cell").allTextContents())[filtered.jurors.indexOf(CHAIR)])).toBe(chairTotal);

  // Every dossier of this edition has a juror: "only dossiers with no juror" finds none.
  await filters.getByLabel("Dossier title or country").fill("");
  await filters.getByLabel("Only dossiers with no juror").check();
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]unassigned=1(&|$)/);
  await expect(page.getByText("No dossier matches these filters")).toBeVisible();
  await filters.getByRole("link", { name: "Clear" }).click();
  expect((await readMatrix(page)).rows).toHaveLength(3);
  expect(await findViolations(page)).toEqual([]);
});

test("the progress page counts the same sheets as the matrix and offers no action once the jury is closed", async ({ browser }) => {
  const page = await openAsAdmin(browser);
  await page.goto(`/admin/editions/${YEAR}/assignments`);
  const matrix = await readMatrix(page);
  const cells = matrix.rows.flatMap((row) => row.cells);
  const assigned = cells.filter((c) => c.kind === "assigned");
  const submitted = assigned.filter((c) => c.text.includes("Submitted"));
  const drafts = assigned.filter((c) => c.text.includes("Draft"));
  // The seed made each kind of sheet, so every count below is checked against something.
  expect(submitted.length).toBeGreaterThanOrEqual(1);
  expect(drafts.length).toBeGreaterThanOrEqual(1);
  expect(assigned.length - submitted.length - drafts.length).toBeGreaterThanOrEqual(1);

  await page.getByRole("navigation", { name: "Jury pages" }).getByRole("link", { name: "Jury progress" }).click();
  await expect(page.getByRole("heading", { name: `Jury progress ${YEAR}`, level: 1 })).toBeVisible();
  await expect(page.getByText(/^The jury (is closed: the edition is in Published|was closed on .+)\.$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: `${submitted.length} of ${assigned.length} assigned score sheets submitted` })).toBeVisible();
  for (const label of ["Send reminders", "Close the jury", "Force-close the jury"]) {
    await expect(page.getByRole("button", { name: label })).toHaveCount(0);
  }

  const chairColumn = matrix.jurors.indexOf(CHAIR);
  const chairCells = matrix.rows.map((row) => row.cells[chairColumn]!).filter((c) => c.kind === "assigned");
  const chairSubmitted = chairCells.filter((c) => c.text.includes("Submitted")).length;
  const chairDrafts = chairCells.filter((c) => c.text.includes("Draft")).length;
  expect(await readCounts(page, "Score sheets per juror", new RegExp(`^${CHAIR.replace(/[()]/g, "\\$&")}`))).toEqual([
    chairCells.length,
    chairCells.length - chairSubmitted - chairDrafts,
    chairDrafts,
    chairSubmitted,
  ]);
  const totals = [assigned.length, assigned.length - submitted.length - drafts.length, drafts.length, submitted.length];
  expect(await readCounts(page, "Score sheets per juror", "Total")).toEqual(totals);
  expect(await readCounts(page, "Score sheets per dossier", "Total")).toEqual(totals);
  const belgiumCells = matrix.rows.find((row) => row.dossier === "Belgium")!.cells.filter((c) => c.kind === "assigned");
  expect((await readCounts(page, "Score sheets per dossier", /^Belgium/))[0]).toBe(belgiumCells.length);
  expect(await findViolations(page)).toEqual([]);
});

test("the conflicts page lists every conflict and refuses new ones once the jury is closed", async ({ browser }) => {
  const page = await openAsAdmin(browser);
  await page.goto(`/admin/editions/${YEAR}/conflicts`);
  await expect(page.getByRole("heading", { name: `Conflicts of interest ${YEAR}`, level: 1 })).toBeVisible();
  await expect(page.getByText("The jury is closed: conflicts of interest can no longer change.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add conflict" })).toHaveCount(0);
  expect(await findViolations(page)).toEqual([]);
});
