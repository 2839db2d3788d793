import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (the language and its messages) from i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Behind a proxy that compresses (nginx, a CDN), gzip in Node is CPU spent twice: PALMARES_COMPRESS=0 leaves it to the proxy.
  compress: process.env.PALMARES_COMPRESS !== "0",
  // forbidden() renders the area's refusal page with a real 403 status.
  // The public cache (lib/results/public-cache.ts) stays in memory: an entry written to disk would outlive a restart
  // and meet a database changed meanwhile (an import, a restore, a fresh end-to-end database on a reused build).
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  // End-to-end tests build into their own folder so a developer's .next is left alone.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run typecheck` (part of `npm test` and CI) checks the types; a second pass inside every build cost the
  // demo and the end-to-end server 30 s of their start.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The per-request Content-Security-Policy and HSTS are set in proxy.ts; these never vary.
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()",
          },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
