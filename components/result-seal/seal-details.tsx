import { useLocale, useTranslations } from "next-intl";
import { formatEditionMoment } from "@/lib/format/edition-time";
import type { Locale } from "@/lib/i18n/locales";
import { Notice } from "@/components/ui/notice";

export interface SealDetailsProps {
  fingerprint: string;
  /** The fingerprint of the public part, published with the results and printed on the certificates. */
  publicFingerprint: string;
  /** The fingerprint of the private part (the individual scores), published while the part itself never is. */
  privateFingerprint: string;
  frozenAt: Date;
  frozenByName: string | null;
  isIntact: boolean;
  isCurrent: boolean;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}

/**
 * The seal in full: its fingerprint (all 64 digits, selectable), the fingerprints of its public and private parts, who
 * froze it and when, and the two checks.
 */
export function SealDetails({ fingerprint, publicFingerprint, privateFingerprint, frozenAt, frozenByName, isIntact, isCurrent, timeZone }: SealDetailsProps) {
  const t = useTranslations("resultAdmin.seal");
  const when = formatEditionMoment(frozenAt, timeZone, { locale: useLocale() as Locale });
  return (
    <div className="space-y-4">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-slate-800">{t("fingerprint")}</dt>
          <dd>
            <code data-testid="result-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-base text-slate-900">
              {fingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("publicPart")}</dt>
          <dd>
            <code data-testid="result-public-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900">
              {publicFingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("privatePart")}</dt>
          <dd>
            <code data-testid="result-private-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900">
              {privateFingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("frozen")}</dt>
          <dd className="text-slate-700">
            {frozenByName ? t("frozenBy", { when, name: frozenByName }) : when}
          </dd>
        </div>
      </dl>
      {!isIntact && (
        <Notice tone="error">{t("altered")}</Notice>
      )}
      {isIntact && !isCurrent && (
        <Notice tone="error">{t("changed")}</Notice>
      )}
      {isIntact && isCurrent && <Notice tone="success">{t("intact")}</Notice>}
    </div>
  );
}
