import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PublishedSeal } from "@/lib/results/seal-parts";
import { getSnapshotFileName, getSnapshotPath, getVerifyPath } from "@/lib/results/verify-links";

/**
 * The seal of a published result for anyone: the fingerprint of the public part (downloadable, to check on the
 * verify page) and of the private part, the individual scores, which stay with the secretariat.
 */
export function ResultSealSection({ year, seal }: { year: number; seal: PublishedSeal }) {
  const t = useTranslations("public.seal");
  return (
    <section aria-labelledby="seal-heading" className="space-y-3">
      <h2 id="seal-heading" className="text-2xl font-bold text-slate-900">
        {t("heading")}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-slate-800">{t("publicPart")}</dt>
          <dd>
            <code data-testid="public-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-slate-900">
              {seal.publicFingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">{t("privatePart")}</dt>
          <dd>
            <code data-testid="private-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-slate-900">
              {seal.privateFingerprint}
            </code>
          </dd>
        </div>
      </dl>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <a href={getSnapshotPath(year)} download={getSnapshotFileName(year)} className="font-semibold text-brand-700 underline">
          {t("download")}
        </a>
        <Link href={getVerifyPath(year)} className="font-semibold text-brand-700 underline">
          {t("check")}
        </Link>
      </p>
    </section>
  );
}
