import { readFile } from "node:fs/promises";
import path from "node:path";
import { FLAG_CODES } from "@/lib/format/flag";

// Each flag is read from the package once, at build time, and served as a static file; any other name is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;

const FLAGS_DIR = path.join(process.cwd(), "node_modules", "flag-icons", "flags", "4x3");

export function generateStaticParams() {
  return [...FLAG_CODES].map((code) => ({ file: `${code}.svg` }));
}

/** A country's flag from the flag-icons package, as an SVG image (4:3). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const code = file.replace(/\.svg$/, "");
  if (!FLAG_CODES.has(code)) return new Response("Not found", { status: 404 });
  const svg = await readFile(path.join(FLAGS_DIR, `${code}.svg`));
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
      // Opened on its own, the image may run nothing and load nothing (the proxy skips files with an extension).
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
