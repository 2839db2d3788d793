import { expect, test, type Browser, type Page } from "@playwright/test";
import { SCREEN_WINNER_REASON, SCREEN_WINNER_TITLE } from "./seed/ceremony-screen.seed";
import { getStorageStatePath, openAs } from "./support/accounts";
import { findViolations } from "./support/page-checks";
import { SPEC_YEARS } from "./support/spec-accounts";

/**
 * The audience slides on every screen, and the flags as images. The spec's own edition (seed/ceremony-screen.seed.ts)
 * has a rehearsal standing at the winner: a three-line title, a two-line reason, fourteen nominees.
 */
test.describe.configure({ mode: "serial" });

const YEAR = SPEC_YEARS.ceremonyScreen;
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
// Any regional indicator symbol: a flag emoji, which shows as two empty boxes without an emoji font.
const FLAG_EMOJI = /[\u{1F1E6}-\u{1F1FF}]/u;

async function openRehearsalScreen(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, storageState: getStorageStatePath("admin") });
  const page = await context.newPage();
  await page.goto(`/ceremony/${YEAR}?rehearsal=1`);
  return page;
}

/** Every element of the slide that is drawn lies inside the viewport, and no block of text is cut (scrolls inside). */
async function findSlideProblems(page: Page): Promise<string[]> {
  return page.getByTestId("slide").evaluate((slide) => {
    const problems: string[] = [];
    const name = (element: Element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    if (slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth) problems.push("the slide scrolls");
    for (const element of [slide, ...slide.querySelectorAll("*")]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.top < -0.5 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5) {
        problems.push(`${name(element)} is outside the viewport`);
      }
      if (getComputedStyle(element).display === "inline") continue;
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} overflows its box`);
      }
    }
    return problems;
  });
}

/** How many lines a text block takes on the slide. */
async function countLines(page: Page, text: string): Promise<number> {
  return page
    .getByTestId("slide")
    .getByText(text, { exact: true })
    .evaluate((element) => Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)));
}

/** Every flag on the page is a loaded image, silent beside its country's name, and no flag is an emoji. */
async function expectFlagImages(page: Page, countries: string[]) {
  for (const country of countries) {
    const flag = page.locator(`img[data-flag="${country}"]`).first();
    await expect(flag).toBeVisible();
    await expect(flag).toHaveAttribute("alt", "");
    await expect(flag).toHaveAttribute("src", `/flags/${country.toLowerCase()}.svg`);
  }
  const images = await page.locator("img[data-flag]").evaluateAll((flags) =>
    flags.map((flag) => ({
      code: flag.getAttribute("data-flag"),
      isLoaded: (flag as HTMLImageElement).complete && (flag as HTMLImageElement).naturalWidth > 0,
      // The name the flag stands for is the text right beside it.
      label: flag.parentElement?.textContent?.trim() ?? "",
    })),
  );
  for (const image of images) {
    expect(image.isLoaded, `${image.code} loads`).toBe(true);
    expect(image.label.length, `${image.code} has its name beside it`).toBeGreaterThan(1);
  }
  expect(await page.locator("body").innerText()).not.toMatch(FLAG_EMOJI);
}

for (const viewport of SCREENS) {
  test(`the winner's slide fits a ${viewport.width}×${viewport.height} screen whole`, async ({ browser }) => {
    const page = await openRehearsalScreen(browser, viewport);
    const slide = page.getByTestId("slide");
    await expect(slide.getByRole("heading", { name: SCREEN_WINNER_TITLE })).toBeVisible();
    await expect(slide).toContainText(SCREEN_WINNER_REASON);
    // Long enough to be the case the slides were cut on: a title and a reason of several lines each.
    expect(await countLines(page, SCREEN_WINNER_TITLE)).toBeGreaterThanOrEqual(2);
    expect(await countLines(page, SCREEN_WINNER_REASON)).toBeGreaterThanOrEqual(2);
    await expect.poll(() => findSlideProblems(page)).toEqual([]);
    const fit = await slide.evaluate((element) => getComputedStyle(element).getPropertyValue("--fit") || "1");
    test.info().annotations.push({ type: "fit", description: `${viewport.width}×${viewport.height}: --fit ${fit}` });
    await expectFlagImages(page, ["BE"]);
    await page.context().close();
  });
}

test("every step of the rehearsal fits a 1280×720 screen, the long list of nominees too", async ({ browser }) => {
  test.setTimeout(60_000);
  const presenter = await openAs(browser, "admin");
  await presenter.goto(`/admin/editions/${YEAR}/ceremony?rehearsal=1`);
  const current = presenter.locator('[aria-current="step"]');
  await expect(current).toContainText("The winner");
  const page = await openRehearsalScreen(browser, { width: 1280, height: 720 });
  const slide = page.getByTestId("slide");
  await expect(slide.getByRole("heading", { name: SCREEN_WINNER_TITLE })).toBeVisible();

  const steps: [string, () => Promise<void>][] = [
    ["2nd place", () => expect(slide).toContainText("2nd place")],
    ["3rd place", () => expect(slide).toContainText("Lit paths to school")],
    ["The nominees", () => expect(slide.getByRole("heading", { name: "The nominees" })).toBeVisible()],
    ["Title and theme", () => expect(slide).toContainText("Presidency:")],
  ];
  for (const [label, isShown] of steps) {
    await presenter.keyboard.press("PageUp");
    await expect(current).toContainText(label);
    await isShown();
    await expect.poll(() => findSlideProblems(page), { message: label }).toEqual([]);
  }
  // The title step names the presidency (Portugal) and the nominees' step had every country's flag.
  await expectFlagImages(page, ["PT"]);
  await presenter.keyboard.press("PageDown");
  await expect(slide.getByRole("heading", { name: "The nominees" })).toBeVisible();
  await expect(slide.locator("img[data-flag]")).toHaveCount(14);
  await expectFlagImages(page, ["BE", "FR", "RO", "AT", "SE"]);
  expect(await findViolations(page)).toEqual([]);
  await presenter.context().close();
  await page.context().close();
});

test("the public results show flags as images served by the app, and an unknown flag is a 404", async ({ page, request }) => {
  await page.goto("/results/2014");
  await expect(page.getByRole("heading", { name: "Results 2014", level: 1 })).toBeVisible();
  await expectFlagImages(page, ["DK", "FR", "RO", "IT"]);
  const flag = await request.get("/flags/dk.svg");
  expect(flag.status()).toBe(200);
  expect(flag.headers()["content-type"]).toBe("image/svg+xml");
  expect(await flag.text()).toContain("<svg");
  expect((await request.get("/flags/zz.svg")).status()).toBe(404);
});

test("a page that does not exist answers 404 with a branded page that leads on", async ({ page, request }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
  const ways = page.getByRole("navigation", { name: "Where to go from here" });
  await expect(ways.getByRole("link", { name: "Results of every edition" })).toHaveAttribute("href", "/archive");
  await expect(ways.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
  await expect(ways.getByRole("link", { name: "Home page" })).toHaveAttribute("href", "/");
  expect(await findViolations(page)).toEqual([]);
  await ways.getByRole("link", { name: "Results of every edition" }).click();
  await expect(page).toHaveURL(/\/archive$/);

  // A notFound() inside the app (an unknown ceremony year) shows the same page, with the same status.
  expect((await request.get("/ceremony/2199")).status()).toBe(404);

  // The favicon (in the brand's navy and gold) and the Apple touch icon are served and linked from every page.
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute("type", "image/svg+xml");
  const iconResponse = await request.get((await icon.getAttribute("href"))!);
  expect(iconResponse.status()).toBe(200);
  expect(await iconResponse.text()).toContain("#172554");
  const appleIcon = await request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!);
  expect(appleIcon.status()).toBe(200);
  expect(appleIcon.headers()["content-type"]).toBe("image/png");
});
