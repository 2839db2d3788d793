import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: "Palmarès", template: "%s · Palmarès" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("site");
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        {/* The client components get the request's language and only the messages they use (lib/i18n/client-messages). */}
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
            {t("skipToContent")}
          </a>
          {/* Each area's layout brings its header and the main landmark: public pages read no session on the server. */}
          {children}
          <footer className="mx-auto w-full max-w-5xl px-4 pb-8 text-sm text-slate-600">
            <Link href="/privacy" className="hover:underline">
              {t("privacyNotice")}
            </Link>
            <Link href="/accessibility" className="ml-6 hover:underline">{t("accessibility")}</Link>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
