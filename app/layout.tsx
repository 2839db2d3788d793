import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Palmarès", template: "%s · Palmarès" },
  description: "Palmarès runs an award from nomination to announcement: dossiers, jury scoring, ranking and the ceremony.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        {/* Each area's layout brings its header and the main landmark: public pages read no session on the server. */}
        {children}
        <footer className="mx-auto w-full max-w-5xl px-4 pb-8 text-sm text-slate-600">
          <Link href="/privacy" className="hover:underline">
            Privacy notice
          </Link>
          <Link href="/accessibility" className="ml-6 hover:underline">Accessibility</Link>
        </footer>
      </body>
    </html>
  );
}
