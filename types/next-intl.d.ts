import type { Locale } from "@/lib/i18n/locales";
import type messages from "@/messages/en";

// Typed keys and languages: a t("…") call naming a key English lacks fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
