import { createTranslator } from "next-intl";
import type { PublishedResults } from "@/lib/results/public-queries";
import { formatCountryName } from "@/lib/format/country-name";
import { formatPlace } from "@/lib/format/place";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/messages/en";
import fr from "@/messages/fr";

const CATALOGUES: Record<Locale, typeof en> = { en, fr };
// The product's name, the same in every language.
const PRODUCT_NAME = "Palmarès";

// An image is drawn outside React's rendering of the page, so it reads the catalogue itself.
function getOgTranslator(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace: "public" });
}

/** The size of a shared link's preview image (Open Graph's recommended 1.91:1). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

// The image font (Geist) covers Latin; anything else would make the renderer fetch fonts or emoji from the network.
function toLatin(text: string): string {
  return text.replace(/[^\u0020-\u024F\u2010-\u2027\u20AC]/g, "").trim();
}

function clip(text: string, max: number): string {
  const latin = toLatin(text);
  return latin.length <= max ? latin : `${latin.slice(0, max - 1).trimEnd()}…`;
}

const FRAME = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column" as const,
  justifyContent: "center",
  padding: "64px 72px",
  background: "#0f172a",
  color: "#ffffff",
  fontFamily: "Geist",
};
// The image renderer wants every div with more than one child to be a flex box, so texts are single strings.
const KICKER = { display: "flex", fontSize: 30, color: "#fcd34d", letterSpacing: 2, textTransform: "uppercase" as const };

/** The preview of a published edition: year, theme, winner and runners-up. Only for published results. */
export function ResultsOgImage({ results, locale = "en" }: { results: PublishedResults; locale?: Locale }) {
  const [winner, ...runnersUp] = results.awards;
  const t = getOgTranslator(locale);
  const country = (c: { code: string; name: string }) => toLatin(formatCountryName(c.code, c.name, locale));
  return (
    <div style={FRAME}>
      <div style={KICKER}>{t("og.awardYear", { year: results.year })}</div>
      <div style={{ fontSize: 44, marginTop: 18, color: "#e2e8f0", display: "flex" }}>{clip(results.theme, 90)}</div>
      {winner && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 40 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#fcd34d" }}>{t("og.winner", { country: country(winner.country) })}</div>
          <div style={{ display: "flex", fontSize: 60, marginTop: 6, lineHeight: 1.1 }}>{clip(winner.title, 60)}</div>
        </div>
      )}
      {runnersUp.slice(0, 2).map((award) => (
        <div key={award.rank} style={{ fontSize: 28, marginTop: 16, color: "#cbd5e1", display: "flex" }}>
          {t("og.place", { place: formatPlace(award.rank, locale), country: country(award.country), title: clip(award.title, 60) })}
        </div>
      ))}
    </div>
  );
}

/** The preview of anything else (an unpublished or unknown year): the award's name, nothing about any edition. */
export function GenericOgImage({ locale = "en" }: { locale?: Locale }) {
  const t = getOgTranslator(locale);
  return (
    <div style={FRAME}>
      <div style={KICKER}>{PRODUCT_NAME}</div>
      <div style={{ display: "flex", fontSize: 72, marginTop: 24, lineHeight: 1.1 }}>{t("award")}</div>
      <div style={{ display: "flex", fontSize: 34, marginTop: 24, color: "#cbd5e1" }}>{t("og.tagline")}</div>
    </div>
  );
}
