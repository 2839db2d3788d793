import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { GenericOgImage, OG_IMAGE_SIZE, ResultsOgImage } from "@/components/public/results-og-image";
import type { Locale } from "@/lib/i18n/locales";
import { getCachedPublishedResults } from "@/lib/results/public-cache";
import { parseYearParam } from "@/lib/validation/year";

export const alt = "The European Crime Prevention Award: theme, winner and runners-up";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

/**
 * The image a shared link to the results shows. Until the edition is published it is the generic one, the same
 * for every year, so it reveals nothing (not even whether the edition exists).
 */
export default async function ResultsOpenGraphImage({ params }: { params: Promise<{ year: string }> }) {
  // Drawn per request (an image kept from before the reveal would stay generic), from the data the reveal clears.
  await connection();
  const year = parseYearParam((await params).year);
  const results = year === undefined ? undefined : await getCachedPublishedResults(year);
  const locale = (await getLocale()) as Locale;
  return new ImageResponse(results ? <ResultsOgImage results={results} locale={locale} /> : <GenericOgImage locale={locale} />, {
    ...size,
    headers: { "Cache-Control": "no-store" },
  });
}
