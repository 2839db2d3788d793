import { expect, test, type Browser, type Page } from "@playwright/test";
import { getStorageStatePath, openAs } from "./support/accounts";
import { sealResult } from "./support/secretariat";
import { SPEC_YEARS } from "./support/spec-accounts";
import { createAxe } from "./support/page-checks";

/**
 * The ceremony: the presenter (secretariat) steps through the show while the audience screen follows in another
 * browser. The spec's own edition (seed/ceremony.seed.ts) is in deliberation with its three places chosen and
 * not sealed; the secretariat seals it before the live show, which publishes it at the winner's reveal.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.ceremony;
const THEME = "Ceremony end-to-end theme: safer night-time streets";
const WINNER = `Safe Streets Belgium ${YEAR}`;
const SECOND = "Night buses with mediators";
const THIRD = "Lit paths to school";

async function openPresenter(browser: Browser, path: string): Promise<Page> {
  // Starting the live show and restarting a rehearsal ask for confirmation; openAs says yes.
  const page = await openAs(browser, "admin");
  await page.goto(path);
  return page;
}

async function openAudience(browser: Browser, path: string, role?: "admin"): Promise<Page> {
  const context = await browser.newContext(role ? { storageState: getStorageStatePath(role) } : {});
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** The audience screen's own region (the site header sits under it). */
function screenOf(page: Page) {
  return page.getByTestId("audience-screen");
}

test("before the show, the audience screen and the public side show nothing of the result", async ({ browser, request }) => {
  const audience = await openAudience(browser, `/ceremony/${YEAR}`);
  await expect(screenOf(audience)).toContainText("The ceremony will begin shortly.");
  await expect(screenOf(audience)).toContainText(THEME);
  // The screen's live feed is a real event stream: its first event arrives while the stream stays open.
  const firstEvent = await audience.evaluate(
    (year) =>
      new Promise<string>((resolve, reject) => {
        const source = new EventSource(`/api/v1/ceremony/${year}/stream`);
        source.addEventListener("step", (event) => {
          source.close();
          resolve((event as MessageEvent<string>).data);
        });
        source.onerror = () => {
          source.close();
          reject(new Error("The event stream failed"));
        };
      }),
    YEAR,
  );
  expect(JSON.parse(firstEvent)).toMatchObject({ version: 0, view: { kind: "waiting", year: YEAR } });
  expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
  expect((await request.get(`/api/v1/ceremony/${YEAR}`)).status()).toBe(200);
  // The rehearsal shows results before the reveal: strangers are sent to sign in, and its API refuses them.
  expect((await request.get(`/api/v1/ceremony/${YEAR}?rehearsal=1`)).status()).toBe(401);
  await audience.goto(`/ceremony/${YEAR}?rehearsal=1`);
  await expect(audience).toHaveURL(/\/signin/);
});

test("a rehearsal runs the show place by place with the clicker's keys, and publishes nothing", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const presenter = await openPresenter(browser, `/admin/editions/${YEAR}/ceremony?rehearsal=1`);
  await presenter.getByRole("button", { name: "Start a rehearsal" }).click();
  await expect(presenter.getByRole("region", { name: "The audience sees now" })).toContainText(THEME);
  const audience = await openAudience(browser, `/ceremony/${YEAR}?rehearsal=1`, "admin");
  const screen = screenOf(audience);
  await expect(screen).toContainText("Rehearsal");
  await expect(screen).toContainText("Presidency:");
  await expect(screen).toContainText("Ireland");

  const current = presenter.locator('[aria-current="step"]');
  const press = async (key: string, expected: string) => {
    await presenter.keyboard.press(key);
    await expect(current).toContainText(expected);
  };
  await press("PageDown", "The nominees");
  await expect(screen.getByRole("heading", { name: "The nominees" })).toBeVisible();
  await expect(screen).toContainText(WINNER);
  await expect(screen).not.toContainText(/Winner|2nd place|3rd place/);

  await press("ArrowRight", "3rd place");
  await expect(screen).toContainText("3rd place");
  await expect(screen).toContainText(THIRD);
  await expect(screen).not.toContainText(new RegExp(`${WINNER}|${SECOND}`));

  await press("PageUp", "The nominees");
  await expect(screen.getByRole("heading", { name: "The nominees" })).toBeVisible();
  await press("PageDown", "3rd place");
  await press("PageDown", "2nd place");
  await expect(screen).toContainText(SECOND);
  await expect(screen).not.toContainText(WINNER);
  await press("PageDown", "The winner");
  await expect(screen).toContainText("Winner");
  await expect(screen).toContainText(WINNER);
  await expect(presenter.getByRole("button", { name: "Next step" })).toBeDisabled();
  // A rehearsal reveals only on its own screen.
  expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
});

test("the secretariat seals the result, which the presenter's script then carries", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  // The live show reveals a sealed result only: before the seal it cannot start, and the page says where to seal.
  await page.goto(`/admin/editions/${YEAR}/ceremony`);
  await expect(page.getByRole("button", { name: "Start the live show" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Seal the result" }).first()).toBeVisible();
  const fingerprint = await sealResult(page, YEAR);
  await page.goto(`/admin/editions/${YEAR}/ceremony`);
  await expect(page.getByTestId("presenter-fingerprint")).toHaveText(fingerprint);
  await expect(page.getByRole("button", { name: "Start the live show" })).toBeVisible();
});

test("the live show: the audience follows each step, and the results go public at the winner's reveal", async ({ browser, request }) => {
  test.setTimeout(120_000);
  // The live show needs the sealed result (a rehearsal does not): the test before sealed it.
  const presenter = await openPresenter(browser, `/admin/editions/${YEAR}/ceremony`);
  await presenter.getByRole("button", { name: "Start the live show" }).click();
  const now = presenter.getByRole("region", { name: "The audience sees now" });
  const next = presenter.getByRole("region", { name: "Coming next" });
  await expect(now).toContainText(THEME);

  const audience = await openAudience(browser, `/ceremony/${YEAR}`);
  const screen = screenOf(audience);
  await expect(screen).toContainText("Ireland");
  await expect(screen).not.toContainText("The nominees");

  // The nominees step, moved by the button this time.
  await presenter.getByRole("button", { name: "Next step", exact: true }).click();
  await expect(screen.getByRole("heading", { name: "The nominees" })).toBeVisible();
  await expect(screen).not.toContainText("Winner");
  // The presenter may see what comes; the audience must not, in its page or its feed.
  await expect(next).toContainText("3rd place");
  await expect(next).toContainText(THIRD);
  const source = await (await request.get(`/ceremony/${YEAR}`)).text();
  expect(source).not.toContain("Winner");
  expect(source).not.toContain("neighbourhood approach");
  const feed = await (await request.get(`/api/v1/ceremony/${YEAR}`)).json();
  expect(feed.view.kind).toBe("nominees");
  expect(JSON.stringify(feed)).not.toMatch(/rank|prize|juryReason|neighbourhood approach/);
  expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
  expect((await request.get(`/results/${YEAR}`)).status()).toBe(404);

  // The runners-up, third then second, then the reveal, which publishes.
  for (const [place, title] of [["3rd place", THIRD], ["2nd place", SECOND]] as const) {
    await presenter.getByRole("button", { name: "Next step", exact: true }).click();
    await expect(screen).toContainText(place);
    await expect(screen).toContainText(title);
    await expect(screen).not.toContainText("Winner");
    await expect(screen).not.toContainText(WINNER);
    expect((await request.get(`/api/v1/editions/${YEAR}/results`)).status()).toBe(404);
  }
  const revealButton = presenter.getByRole("button", { name: "Next step: reveal the winner and publish" });
  await expect(revealButton).toBeVisible();
  await expect(next).toContainText("Winner");
  const winnerTitle = (await next.getByRole("heading", { level: 3 }).textContent())!.trim();
  expect(winnerTitle).toBe(WINNER);
  await revealButton.click();
  await expect(presenter.getByText("The winner is revealed and the results are published.")).toBeVisible();
  await expect(screen).toContainText("Winner");
  await expect(screen.getByRole("heading", { name: winnerTitle })).toBeVisible();
  await expect(screen).toContainText("A neighbourhood approach that others can copy.");
  // It followed through the event stream all along, never falling back to polling.
  await expect(screen.getByText("Reconnecting…")).toHaveCount(0);

  // axe reads each page as it stands: wait until both have settled on the reveal (the presenter refreshes after
  // its move, and a title swapped mid-refresh once failed document-title), then check them whole.
  await expect(presenter.locator('[aria-current="step"]')).toContainText("The winner");
  await expect(presenter).toHaveTitle(`Ceremony ${YEAR} · Secretariat · Palmarès`);
  await expect(audience).toHaveTitle(`Ceremony ${YEAR} · Palmarès`);
  for (const page of [presenter, audience]) {
    await page.waitForFunction(() => document.readyState === "complete");
    const axe = await createAxe(page).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  const response = await request.get(`/api/v1/editions/${YEAR}/results`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.awards[0]).toMatchObject({ rank: 1, country: "BE", title: winnerTitle });
  expect(JSON.stringify(body)).not.toMatch(/score|juror|mean/i);
});

test("the public sees the theme and the winner, never a score", async ({ page }) => {
  await page.goto(`/results/${YEAR}`);
  await expect(page.getByRole("heading", { name: `Results ${YEAR}`, level: 1 })).toBeVisible();
  await expect(page.getByText(THEME)).toBeVisible();
  await expect(page.getByRole("heading", { name: WINNER }).first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText("8.20");
  await page.goto("/archive");
  // The archive lists each year with its winner (and runners-up), the year's results linked from its heading.
  const edition = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Results ${YEAR}`, exact: true }) });
  await expect(edition).toContainText("Belgium");
});

test("the results page reads well on a phone and shares with a title, a description and an image", async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/results/2014");
  await expect(page.getByRole("heading", { name: "Results 2014", level: 1 })).toBeVisible();
  // Nothing wider than the screen: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(page).toHaveTitle(/Results 2014/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /won by Denmark/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /2014/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/results\/2014\/opengraph-image/);
  const imagePath = new URL(image!).pathname;
  const png = await request.get(imagePath);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");

  // A year without published results shares nothing about itself: a 404 page, and the generic image.
  const missing = await page.goto("/results/2099");
  expect(missing?.status()).toBe(404);
  expect(await page.title()).not.toContain("2099");
  const generic = await request.get(imagePath.replace("2014", "2099"));
  expect(generic.status()).toBe(200);
  expect(generic.headers()["content-type"]).toBe("image/png");
  await context.close();
});
