import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/**
 * The home-screen icon for Apple devices, which take no SVG: the favicon (app/icon.svg) drawn as a PNG at build,
 * on a full navy square since iOS rounds the corners itself.
 */
export default async function AppleIcon() {
  const svg = await readFile(path.join(process.cwd(), "app", "icon.svg"));
  const source = `data:image/svg+xml;base64,${svg.toString("base64")}`;
  return new ImageResponse(
    <div style={{ display: "flex", width: "100%", height: "100%", background: "#172554" }}>
      <img src={source} width={size.width} height={size.height} alt="" />
    </div>,
    size,
  );
}
