import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PersonRow } from "@/lib/people/directory-queries";
import { describeMembership } from "@/lib/people/role-labels";
import { PersonStatusBadge } from "./status-badge";
import { DataTable } from "@/components/ui/data-table";

/** The directory's page of people: name (a link to their page), email, every role per edition, account status. */
export async function PeopleTable({ people }: { people: PersonRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("peopleAdmin.table"), getLocale()]);
  return (
    <DataTable caption={t("caption")} columns={[t("name"), t("email"), t("roles"), t("status")]}>
          {people.map((person) => (
            <tr key={person.id}>
              <td className="px-4 py-2">
                <Link href={`/admin/people/${person.id}`} className="font-medium text-brand-700 hover:underline">
                  {person.name}
                </Link>
              </td>
              <td className="px-4 py-2 break-all">{person.email}</td>
              <td className="px-4 py-2">
                {person.memberships.length === 0 ? (
                  <span className="text-slate-500">{t("noRole")}</span>
                ) : (
                  <ul className="space-y-0.5">
                    {person.memberships.map((m) => (
                      <li key={m.id}>{describeMembership(m, locale)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-4 py-2">
                <PersonStatusBadge status={person.status} />
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
