import { expect, test, type Page } from "@playwright/test";
import { getMainNav } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { PRACTICES_SECRET, PRACTICES_WORD } from "./support/practices";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The public book of good practices on the spec's own editions (seed/practices.seed.ts): a published one whose
 * entries a signed-out visitor searches, filters and reads, and an embargoed one whose entry, though it has the
 * same word, never shows.
 */
const YEAR = SPEC_YEARS.practices;
const EMBARGOED_YEAR = SPEC_YEARS.practicesEmbargoed;
const EMBARGOED_TITLE = "Embargoed lighthouse project";

function getResults(page: Page) {
  return page.getByRole("region", { name: /^Results/ });
}

/** The filters the page's URL carries, without the empty ones a plain GET form sends for "Any". */
function getUrlFilters(page: Page): Record<string, string> {
  return Object.fromEntries([...new URL(page.url()).searchParams].filter(([, value]) => value !== ""));
}

test("a visitor searches by words, filters by year and outcome, and shares the URL", async ({ page, browser }) => {
  await page.goto("/");
  await getMainNav(page).getByRole("link", { name: "Good practices" }).click();
  await expect(page.getByRole("heading", { name: "Good practices", level: 1 })).toBeVisible();
  expect(await findViolations(page)).toEqual([]);

  const search = page.getByRole("search", { name: "Search the good practices" });
  // The embargoed edition offers no filter value: it does not exist for the public yet.
  await expect(search.getByLabel("Year").locator(`option[value="${EMBARGOED_YEAR}"]`)).toHaveCount(0);
  await search.getByLabel("Words").fill(PRACTICES_WORD);
  await search.getByLabel("Year").selectOption(String(YEAR));
  await search.getByRole("button", { name: "Search" }).click();
  const results = getResults(page);
  await expect(results.getByRole("status")).toHaveText("3 entries");
  expect(getUrlFilters(page)).toEqual({ q: PRACTICES_WORD, year: String(YEAR) });
  await expect(results.getByRole("heading", { level: 3 })).toHaveText(["Harbour lanternfish patrol", "Neighbourhood walks", "School theatre against grooming"]);

  await search.getByLabel("Outcome").selectOption("good-practice");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(results.getByRole("status")).toHaveText("1 entry");
  expect(getUrlFilters(page)).toEqual({ q: PRACTICES_WORD, year: String(YEAR), outcome: "good-practice" });
  await expect(results.getByRole("heading", { level: 3 })).toHaveText(["School theatre against grooming"]);

  // The link is the search: another visitor opening it sees the same entries and the same filters filled in.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(getResults(other).getByRole("heading", { level: 3 })).toHaveText(["School theatre against grooming"]);
  await expect(other.getByLabel("Words")).toHaveValue(PRACTICES_WORD);
  await expect(other.getByLabel("Outcome")).toHaveValue("good-practice");
  await other.close();

  // Every edition: the embargoed entry with the same word is not there, and its year is empty.
  await page.goto(`/practices?q=${PRACTICES_WORD}`);
  await expect(getResults(page).getByRole("heading", { level: 3 })).toHaveCount(3);
  await expect(page.getByText(EMBARGOED_TITLE)).toHaveCount(0);
  await page.goto(`/practices?year=${EMBARGOED_YEAR}`);
  await expect(page.getByText("No entries match these filters")).toBeVisible();
  expect(await findViolations(page)).toEqual([]);
});

test("an entry's page shows its full public description, period, links and the jury's reason, and nothing private", async ({ page }) => {
  await page.goto(`/practices?year=${YEAR}&outcome=winner`);
  await getResults(page).getByRole("link", { name: "Harbour lanternfish patrol" }).click();
  await expect(page).toHaveURL(/\/practices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Harbour lanternfish patrol", level: 1 })).toBeVisible();
  await expect(page.getByText("Volunteers watch the harbour at night, as lanternfish light the sea.")).toBeVisible();
  await expect(page.getByText("Practices organisation (DK)")).toBeVisible();
  await expect(page.getByText("1 March 2021 – 30 June 2024")).toBeVisible();
  await expect(page.locator('img[data-flag="DK"]').first()).toBeVisible();
  await expect(page.getByRole("link", { name: "https://example.org/dk-report" })).toHaveAttribute("href", "https://example.org/dk-report");
  const award = page.getByRole("region", { name: "The award: Winner" });
  await expect(award).toContainText("It reached the harbour when nobody else did.");
  expect(await page.content()).not.toContain(PRACTICES_SECRET);
  expect(await findViolations(page)).toEqual([]);

  const response = await page.request.get(`/practices/00000000-0000-4000-8000-000000000000`);
  expect(response.status()).toBe(404);
});

test("the archive lists the winner and runners-up and the results publish the jury's statement", async ({ page }) => {
  await page.goto("/archive");
  const year = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Results ${YEAR}` }) });
  await expect(year.getByRole("link", { name: "“Harbour lanternfish patrol”" })).toBeVisible();
  await expect(year.getByRole("link", { name: "“Safe rooms network”" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Results ${EMBARGOED_YEAR}` })).toHaveCount(0);
  await year.getByRole("link", { name: `Good practices of ${YEAR}` }).click();
  await expect(page).toHaveURL(`/practices?year=${YEAR}`);
  await expect(getResults(page).getByRole("status")).toHaveText("4 entries");

  await page.goto(`/results/${YEAR}`);
  await expect(page.getByRole("region", { name: "The jury's statement" })).toContainText("The jury of 2066 admired how far each project reached.");
  await page.getByRole("region", { name: "Competing entries" }).getByRole("link", { name: "Safe rooms network" }).click();
  await expect(page.getByRole("heading", { name: "Safe rooms network", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "The award: 2nd place" })).toContainText("A network that lasts.");
});

test("the public API serves the catalogue with CORS and shared-cache headers, and describes itself", async ({ request }) => {
  const response = await request.get(`/api/v1/practices?q=${PRACTICES_WORD}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  const body = (await response.json()) as { total: number; items: { id: string; title: string; year: number }[] };
  expect(body.total).toBe(3);
  expect(body.items.map((item) => item.year)).toEqual([YEAR, YEAR, YEAR]);
  expect(JSON.stringify(body)).not.toContain(PRACTICES_SECRET);

  const entry = await request.get(`/api/v1/practices/${body.items[0]!.id}`);
  expect(await entry.json()).toMatchObject({ title: "Harbour lanternfish patrol", outcome: "winner", juryReason: "It reached the harbour when nobody else did." });
  const results = await (await request.get(`/api/v1/editions/${YEAR}/results`)).json();
  expect(results.juryStatement).toBe("The jury of 2066 admired how far each project reached.");

  const preflight = await request.fetch("/api/v1/practices", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(["/api/v1/practices", "/api/v1/practices/{id}", "/api/v1/editions/{year}/results"]));
});
