import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/request-locale";

// No locale in the URL: the language comes from the person, their cookie or the public page's ?lang= (lib/i18n).
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: (await import(`../messages/${locale}.json`)).default, timeZone: "Europe/Brussels" };
});
