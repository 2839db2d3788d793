import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/locales";
import en from "../../messages/en";
import fr from "../../messages/fr";

const CATALOGUES: Record<Locale, typeof en> = { en, fr };

/** The words a certificate is printed with, in one language (messages/<locale>/certificate.json). */
export interface CertificateWords {
  locale: Locale;
  /** "Winner", "Second place"…; "Premier prix", "Deuxième prix"… */
  place: (rank: number) => string;
  awardName: string;
  awardYear: (year: number) => string;
  theme: (theme: string) => string;
  awardedTo: string;
  presented: (when: string, place: string) => string;
  sealed: (fingerprint: string) => string;
  publicRecord: (fingerprint: string) => string;
  checkAt: (url: string) => string;
}

/** The certificate's words in a language; a PDF is drawn outside any page, so it reads the catalogue itself. */
export function getCertificateWords(locale: Locale): CertificateWords {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: "certificate" });
  return {
    locale,
    place: (rank) => t("place", { rank: String(rank) }),
    awardName: t("award"),
    awardYear: (year) => t("awardYear", { year }),
    theme: (theme) => t("theme", { theme }),
    awardedTo: t("awardedTo"),
    presented: (when, place) => (place ? t("presentedIn", { place, when }) : t("presented", { when })),
    sealed: (fingerprint) => t("sealed", { fingerprint }),
    publicRecord: (fingerprint) => t("publicRecord", { fingerprint }),
    checkAt: (url) => t("checkAt", { url }),
  };
}
