import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COUNTRY_CHOICE_LIMIT, NominationFilters } from "@/components/admin/nomination-filters";
import { NOT_SUBMITTED_SHOWN, NotSubmittedList } from "@/components/admin/not-submitted-list";
import { STATE_ORDER } from "@/components/admin/state-labels";
import en from "@/messages/en";

/* A network of thousands of regions: the nominations page neither offers them all as choices nor lists them all. */

const regions = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `R${String.fromCharCode(65 + (i % 26))}`, name: `Region ${i}` }));

function render(node: React.ReactNode): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Brussels">
      {node}
    </NextIntlClientProvider>,
  );
}

describe("the nominations page of a large network", () => {
  const query = { sort: "country" as const };

  it("offers the member states as choices up to its limit, and a code to type past it", () => {
    const few = render(<NominationFilters action="/admin" query={query} countries={regions(COUNTRY_CHOICE_LIMIT)} />);
    expect(few.match(/<option/g)).toHaveLength(COUNTRY_CHOICE_LIMIT + 1 + STATE_ORDER.length + 1);
    expect(few).not.toContain('type="text"');
    const many = render(<NominationFilters action="/admin" query={query} countries={regions(10_000)} />);
    expect(many).toMatch(/<input[^>]*type="text"[^>]*>/);
    expect(many.match(/<input[^>]*type="text"[^>]*>/)![0]).toContain('name="country"');
    expect(many).not.toContain('<option value="RA"');
    expect(many).toContain("10,000 member states: type one’s two-letter code, e.g. RA.");
    expect(many.length).toBeLessThan(few.length);
  });

  it("names the first member states that did not submit and says how many more", () => {
    const rows = regions(250).map((region) => ({ countryCode: region.code, countryName: region.name, nominationId: null, title: null, state: null, updatedAt: null, updatedByName: null, progress: "none" as const }));
    const html = render(<NotSubmittedList rows={rows} isClosed={false} getCountryHref={(code) => `/x?country=${code}`} timeZone="Europe/Brussels" />);
    expect(html.match(/<li/g)).toHaveLength(NOT_SUBMITTED_SHOWN);
    expect(html).toContain("… and 150 more.");
    expect(html).toContain("Nothing started (250)");
  });
});
