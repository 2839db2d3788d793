import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/locales";

// Each language's catalogue loads only when a request asks for it.
const CATALOGUES = {
  en: () => import("../messages/en"),
  fr: () => import("../messages/fr"),
} satisfies Record<Locale, () => Promise<{ default: unknown }>>;

// No locale in the URL: the language comes from the person, their cookie or the public page's ?lang= (lib/i18n).
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: (await CATALOGUES[locale]()).default, timeZone: "Europe/Brussels" };
});
