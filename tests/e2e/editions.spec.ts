import { expect, test, type Page } from "@playwright/test";
import { openAs } from "./support/accounts";
import { SPEC_YEARS } from "./support/spec-accounts";
import { createAxe } from "./support/page-checks";

/*
 * The secretariat makes next year's edition from the spec's published one (seed/editions.seed.ts) through the UI,
 * finds it in draft with every date a year on and the rubric copied, edits it, and deletes it as a draft.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.editions;
const NEXT = SPEC_YEARS.editionsCopy;

async function expectNoViolations(page: Page) {
  const results = await createAxe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the new-edition form answers field by field and has no accessibility violations", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "New edition" }).click();
  await expect(page.getByRole("heading", { name: "New edition", level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Time zone").fill("Europe/Atlantis");
  await page.getByRole("button", { name: "Create the edition" }).click();
  await expect(page.getByText("Give the edition its theme.")).toBeVisible();
  await expect(page.getByText("Choose the country holding the presidency.")).toBeVisible();
  await expect(page.getByText("Enter a time zone by its IANA name")).toBeVisible();
  await expect(page.getByLabel("Theme", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("the secretariat copies last year's edition to the next year: a draft, a year on, with the rubric", async ({ browser }) => {
  // Four pages, a copy and an axe scan in one walk: 34 s on a machine at load 20, over the default 30.
  test.slow();
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}`);
  await page.getByRole("link", { name: "Settings, copy to next year" }).click();
  await expect(page.getByRole("heading", { name: `Settings ${YEAR}`, level: 1 })).toBeVisible();
  // Published: only the retention period may change; the seal or the phase says why for the rest.
  await expect(page.getByLabel("Theme", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: /Delete draft edition/ })).toHaveCount(0);
  await expect(page.getByLabel("Year of the new edition")).toHaveValue(String(NEXT));
  await page.getByRole("button", { name: `Copy to ${NEXT}` }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/editions/${NEXT}/settings$`));
  await expect(page.getByRole("heading", { name: `Settings ${NEXT}`, level: 1 })).toBeVisible();
  await expect(page.getByText("Editions end-to-end theme · Draft")).toBeVisible();
  await expect(page.getByLabel("Submission deadline")).toHaveValue(`${NEXT}-09-30T23:59`);
  await expect(page.getByLabel("Eligibility decided by")).toHaveValue(`${NEXT}-10-15T17:00`);
  await expect(page.getByLabel("Jury deadline")).toHaveValue(`${NEXT}-11-10T17:00`);
  await expect(page.getByLabel("National call opens on")).toHaveValue(`${NEXT}-03-01`);
  await expect(page.getByLabel("Ceremony starts on")).toHaveValue(`${NEXT}-12-03`);
  await expect(page.getByTestId("tie-break-words")).toHaveText("In words: median, then the score on criterion 1, then the number of top marks.");
  await expectNoViolations(page);

  await page.getByRole("link", { name: "Rubric (5 criteria)" }).click();
  await expect(page.getByRole("heading", { name: `Rubric ${NEXT}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "3. Innovative" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add criterion" })).toBeVisible();

  await page.goto(`/admin/editions/${NEXT}`);
  await expect(page.getByRole("heading", { name: "Phase: Draft" })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline).toContainText(`30 September ${NEXT} at 23:59 Europe/Brussels (CEST)`);
  await expect(timeline).toContainText(`10 November ${NEXT} at 17:00 Europe/Brussels (CET)`);
  await expect(timeline).toContainText(`3–4 December ${NEXT}`);
});

test("a copy to a year that exists is refused with a clear message", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${YEAR}/settings`);
  await page.getByRole("button", { name: `Copy to ${NEXT}` }).click();
  await expect(page.getByText(`An edition for ${NEXT} already exists.`).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/admin/editions/${YEAR}/settings$`));
});

test("the secretariat edits the draft, and a stale form is refused", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  const stale = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${NEXT}/settings`);
  await stale.goto(`/admin/editions/${NEXT}/settings`);
  await page.getByLabel("Theme", { exact: true }).fill(`Next year's theme ${NEXT}`);
  await page.getByLabel("Ceremony place").fill("Lisbon");
  await page.getByLabel("First").selectOption({ label: "the number of top marks" });
  await page.getByLabel("Then").first().selectOption("");
  await page.getByLabel("Then").last().selectOption("");
  await expect(page.getByTestId("tie-break-words")).toHaveText("In words: the number of top marks.");
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByText("The settings are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Theme", { exact: true })).toHaveValue(`Next year's theme ${NEXT}`);
  await expect(page.getByLabel("Ceremony place")).toHaveValue("Lisbon");

  await stale.getByLabel("Ceremony place").fill("Porto");
  await stale.getByRole("button", { name: "Save the settings" }).click();
  await expect(stale.getByText("Someone else changed this edition's settings meanwhile.")).toBeVisible();
});

test("the secretariat deletes the draft edition after confirming", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  await page.goto(`/admin/editions/${NEXT}/settings`);
  await page.getByRole("button", { name: `Delete draft edition ${NEXT}` }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("link", { name: String(NEXT), exact: true })).toHaveCount(0);
  expect((await page.goto(`/admin/editions/${NEXT}`))?.status()).toBe(404);
});
