import type { PublishedResults } from "@/lib/results/public-queries";
import { formatPlace } from "@/lib/format/place";

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
export function ResultsOgImage({ results }: { results: PublishedResults }) {
  const [winner, ...runnersUp] = results.awards;
  return (
    <div style={FRAME}>
      <div style={KICKER}>{`European Crime Prevention Award ${results.year}`}</div>
      <div style={{ fontSize: 44, marginTop: 18, color: "#e2e8f0", display: "flex" }}>{clip(results.theme, 90)}</div>
      {winner && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 40 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#fcd34d" }}>{`Winner · ${toLatin(winner.country.name)}`}</div>
          <div style={{ display: "flex", fontSize: 60, marginTop: 6, lineHeight: 1.1 }}>{clip(winner.title, 60)}</div>
        </div>
      )}
      {runnersUp.slice(0, 2).map((award) => (
        <div key={award.rank} style={{ fontSize: 28, marginTop: 16, color: "#cbd5e1", display: "flex" }}>
          {`${formatPlace(award.rank)}: ${toLatin(award.country.name)}, ${clip(award.title, 60)}`}
        </div>
      ))}
    </div>
  );
}

/** The preview of anything else (an unpublished or unknown year): the award's name, nothing about any edition. */
export function GenericOgImage() {
  return (
    <div style={FRAME}>
      <div style={KICKER}>Palmarès</div>
      <div style={{ display: "flex", fontSize: 72, marginTop: 24, lineHeight: 1.1 }}>European Crime Prevention Award</div>
      <div style={{ display: "flex", fontSize: 34, marginTop: 24, color: "#cbd5e1" }}>Results, past editions and the call for nominations</div>
    </div>
  );
}
