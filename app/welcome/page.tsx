import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { chooseLanding, LANDING_PATH } from "@/lib/domain/landing";

export const metadata: Metadata = { title: "Welcome" };

/** Where the sign-in form sends a person no page asked for: their role's page, or a choice when they hold several. */
export default async function WelcomePage() {
  const user = await requirePageUser(LANDING_PATH);
  const landing = chooseLanding(user);
  if (landing.kind === "page") redirect(landing.path);
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={`Welcome, ${user.name}`} description="You hold several roles: where would you like to start?" />
      <ul className="space-y-3">
        {landing.pages.map((page) => (
          <li key={page.path}>
            <Card>
              <Link href={page.path} className="text-lg font-semibold text-brand-700 hover:underline">
                {page.label}
              </Link>
              <p className="mt-1 text-sm text-slate-600">{page.description}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
