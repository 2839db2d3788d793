import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

/** The rules every e2e check runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA (as the accessibility statement says), and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** An axe run with the statement's rules, on our own markup. */
export function createAxe(page: Page) {
  // Next injects an empty live region for route changes; it is not part of our markup.
  return new AxeBuilder({ page }).withTags(AXE_TAGS).exclude("next-route-announcer");
}

/** Runs axe on the page as it is now and returns its violations in a readable form. */
export async function findViolations(page: Page) {
  const results = await createAxe(page).analyze();
  return results.violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

/** Presses Tab until the target has the focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("The keyboard never reached the element");
}
