import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickClientMessages, type ClientArea } from "@/lib/i18n/client-messages";
import { getClientServerTexts } from "@/lib/i18n/server-text-catalogue";
import { ServerTextProvider } from "./server-text-provider";

/**
 * The messages the client components of an area need, on top of the root's (lib/i18n/client-messages), and the
 * translations of the validation messages its forms check in the browser.
 */
export async function AreaMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
  return (
    <NextIntlClientProvider messages={pickClientMessages(messages, area)}>
      <ServerTextProvider catalogue={getClientServerTexts(locale)}>{children}</ServerTextProvider>
    </NextIntlClientProvider>
  );
}
