import { getDb } from "@/db/client";
import { getDownloadHeaders, handleRoute } from "@/lib/api/respond";
import { requireUser } from "@/lib/auth/session";
import { getCertificateData } from "@/lib/results/certificates";
import { getEditionByYear } from "@/lib/editions/queries";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isLocale, LOCALE_PARAM, type Locale } from "@/lib/i18n/locales";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { getCertificateFileName, renderCertificate } from "@/lib/pdf/certificate";
import { parseYearParam } from "@/lib/validation/year";

type Context = { params: Promise<{ year: string; rank: string }> };

/**
 * The PDF certificate of one awarded place (secretariat only, once the result is frozen), as a download, in the
 * language ?lang= asks (a French ceremony prints French certificates), else the secretariat's own.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  return handleRoute(async () => {
    const { year: yearParam, rank: rankParam } = await context.params;
    const year = parseYearParam(yearParam);
    if (year === undefined || !/^[1-9]\d?$/.test(rankParam)) throw new AppError("NOT_FOUND", "This certificate does not exist.");
    const user = await requireUser();
    const db = getDb();
    const edition = await getEditionByYear({ db, year });
    if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
    const data = await getCertificateData({ db, viewer: user, editionId: edition.id, rank: Number(rankParam), siteUrl: getSiteUrl(request) });
    const pdf = await renderCertificate(data, await getCertificateLocale(request));
    return new Response(Buffer.from(pdf), {
      headers: getDownloadHeaders("application/pdf", getCertificateFileName(data.year, data.rank)),
    });
  });
}

async function getCertificateLocale(request: Request): Promise<Locale> {
  const lang = new URL(request.url).searchParams.get(LOCALE_PARAM);
  return isLocale(lang) ? lang : getRequestLocale();
}

/** The address the certificate's QR code points to: the configured public one, else the one this request came to. */
function getSiteUrl(request: Request): string {
  return getEnv().NEXTAUTH_URL ?? new URL(request.url).origin;
}
