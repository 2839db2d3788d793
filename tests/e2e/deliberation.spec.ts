import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { getStorageStatePath } from "./support/accounts";
import { SPEC_YEARS } from "./support/spec-accounts";
import { createAxe } from "./support/page-checks";

/**
 * The deliberation on the published 2014 edition, whose seeded sheets rank Denmark, France and Romania first.
 * Read-only: 2014 never changes. The refusals use the chair and a juror of the spec's own edition
 * (seed/deliberation.seed.ts), in deliberation.
 */
const RANKING_2014 = "/admin/editions/2014/ranking";
const TOP_2014 = ["Denmark", "France", "Romania"];
const OWN_YEAR = SPEC_YEARS.deliberation;

test.describe("the secretariat's deliberation", () => {
  test.use({ storageState: getStorageStatePath("admin") });

  test("shows the raw and normalised rankings side by side, the breakdown, the charts and the stability", async ({ page }) => {
    await page.goto(RANKING_2014);
    await expect(page.getByRole("heading", { name: "Ranking 2014", level: 1 })).toBeVisible();

    for (const name of [/^Raw ranking/, /^Normalised ranking/]) {
      const list = page.getByRole("region", { name }).getByRole("listitem");
      await expect(list).toHaveCount(8);
      for (const [index, country] of TOP_2014.entries()) await expect(list.nth(index)).toContainText(`${index + 1}.${country}`);
    }
    await expect(page.getByRole("region", { name: "Raw ranking (official)" })).toBeVisible();

    const table = page.getByRole("table", { name: /Place in the official ranking/ });
    const denmark = table.getByRole("row").filter({ hasText: "HopeNow" });
    await expect(denmark.getByRole("cell").first()).toHaveText("1");
    await expect(table.getByRole("columnheader", { name: "Normalised rank" })).toBeVisible();

    await page.getByText("Denmark — HopeNow – Empowering trafficked people: breakdown").click();
    const criteria = page.getByRole("table", { name: "Mean per criterion (Denmark)" });
    await expect(criteria.getByRole("row")).toHaveCount(1 + 5);
    await expect(page.getByRole("table", { name: /Each juror's weighted score \(Denmark\)/ }).getByRole("row")).toHaveCount(1 + 4);

    const chart = page.getByRole("figure", { name: /Score distributions per dossier/ });
    // The chart draws one range bar per dossier.
    await expect(chart.locator("g[data-dossier]")).toHaveCount(8);
    await chart.getByText("Show the data as a table").click();
    await expect(chart.getByRole("table").getByRole("row").filter({ hasText: "Denmark" })).toBeVisible();
    await expect(page.getByRole("figure", { name: /Each juror's mean score/ }).locator("g[data-juror]")).toHaveCount(4);

    await expect(page.getByRole("region", { name: "Jurors and normalisation" }).getByRole("row")).toHaveCount(1 + 4);
    await expect(page.getByRole("region", { name: "Stability of the top places" })).toContainText(/Raw ranking: (stable|sensitive to single jurors)/);
    // Published: the ties and the statement are read-only, and the awards are the published ones.
    await expect(page.getByRole("button", { name: "Record the decision" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save the statement" })).toHaveCount(0);
  });

  test("has no accessibility violations, with the breakdown and the chart data open", async ({ page }) => {
    // axe on the charts and every data table ran past 30 s in the full suite on a loaded machine.
    test.setTimeout(90_000);
    await page.goto(RANKING_2014);
    await page.getByText("Denmark — HopeNow – Empowering trafficked people: breakdown").click();
    for (const toggle of await page.getByText("Show the data as a table").all()) await toggle.click();
    await expect(page.getByRole("figure", { name: /Score distributions per dossier/ }).locator("g[data-dossier]")).toHaveCount(8);
    const results = await createAxe(page).analyze();
    expect(results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
  });

  test("downloads every score as CSV, one row per juror, dossier and criterion", async ({ page }) => {
    await page.goto(RANKING_2014);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download scores (CSV)" }).click()]);
    expect(download.suggestedFilename()).toBe("palmares-2014-scores.csv");
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "Edition,Country,Title,Juror,Juror country,Criterion,Weight,Score,Comment,Sheet submitted at (UTC),Excluded,Counted in ranking",
    );
    // 8 dossiers × 4 jurors, less the Greek juror's own Greek dossier, × 5 criteria.
    expect(lines).toHaveLength(1 + (8 * 4 - 1) * 5);
    expect(lines).toContain(
      "2014,Denmark,HopeNow – Empowering trafficked people,Demo Juror 2014 (Greece),Greece,1. Prevention or reduction of crime and the fear of crime,1,9,,2014-11-10T12:00:00.000Z,no,yes",
    );
  });

  test("answers the downloads with attachment headers", async ({ page }) => {
    for (const [path, type] of [
      ["/admin/editions/2014/export/scores.csv", "text/csv; charset=utf-8"],
      ["/admin/editions/2014/export/scores.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ]) {
      const response = await page.request.get(path!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe(type);
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="palmares-2014-scores\.(csv|xlsx)"$/);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });
});

test("the exports and the chair's deliberation refuse everyone else", async ({ browser }) => {
  const chair = await browser.newContext({ storageState: getStorageStatePath("deliberationChair") });
  for (const path of ["/admin/editions/2014/export/scores.csv", "/admin/editions/2014/export/scores.xlsx"]) {
    const response = await chair.request.get(path);
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("HopeNow");
  }
  const page = await chair.newPage();
  // The chair of another edition is no chair of 2014; their own edition's deliberation opens.
  await page.goto("/jury/deliberation/2014");
  await expect(page.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("HopeNow");
  await page.goto(`/jury/deliberation/${OWN_YEAR}`);
  await expect(page.getByRole("heading", { name: `Deliberation ${OWN_YEAR}`, level: 1 })).toBeVisible();

  const juror = await browser.newContext({ storageState: getStorageStatePath("deliberationJuror") });
  const jurorPage = await juror.newPage();
  await jurorPage.goto(`/jury/deliberation/${OWN_YEAR}`);
  await expect(jurorPage.getByRole("heading", { name: "Not allowed", level: 1 })).toBeVisible();
});
