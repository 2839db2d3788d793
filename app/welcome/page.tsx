import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { chooseLanding, LANDING_PATH } from "@/lib/domain/landing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("welcomeTitle") };
}

/** Where the sign-in form sends a person no page asked for: their role's page, or a choice when they hold several. */
export default async function WelcomePage() {
  const user = await requirePageUser(LANDING_PATH);
  const landing = chooseLanding(user);
  if (landing.kind === "page") redirect(landing.path);
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("welcomeName", { name: user.name })} description={t("severalRoles")} />
      <ul className="space-y-3">
        {landing.pages.map((page) => (
          <li key={page.path}>
            <Card>
              <Link href={page.path} className="text-lg font-semibold text-brand-700 hover:underline">
                {t(`pages.${page.role}.label`)}
              </Link>
              <p className="mt-1 text-sm text-slate-600">{t(`pages.${page.role}.description`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
