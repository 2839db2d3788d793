import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { AuditLine } from "@/lib/audit/format";
import { DataTable } from "@/components/ui/data-table";

function recordHref(line: AuditLine): string {
  return `/admin/audit?${new URLSearchParams({ entityType: line.entityType, entityId: line.entityId })}`;
}

/** The trail, newest first, each entry in words: who, what, which record (a link to its history), when, details. */
export async function AuditTable({ lines }: { lines: readonly AuditLine[] }) {
  const t = await getTranslations("auditAdmin.table");
  return (
    <DataTable caption={t("caption")} columns={[t("when"), t("who"), t("what"), t("record"), t("details")]}>
          {lines.map((line) => (
            <tr key={line.id} className="align-top" data-action={line.action}>
              <td className="whitespace-nowrap px-4 py-3">{line.time}</td>
              <td className="px-4 py-3">
                {line.actorUserId === null ? (
                  line.actor
                ) : (
                  <Link href={`/admin/audit?person=%23${line.actorUserId}`} className="text-brand-700 hover:underline">
                    {line.actor}
                  </Link>
                )}
              </td>
              <th scope="row" className="px-4 py-3 font-medium">
                {line.what}
                <code className="block text-xs font-normal text-slate-500">{line.action}</code>
              </th>
              <td className="px-4 py-3">
                <Link href={recordHref(line)} className="text-brand-700 hover:underline">
                  {line.record}
                </Link>
                {line.editionYear !== null && <span className="block text-xs text-slate-500">{t("edition", { year: line.editionYear })}</span>}
              </td>
              <td className="px-4 py-3">
                {line.details.length === 0 ? (
                  <span className="text-slate-500">—</span>
                ) : (
                  <dl className="space-y-0.5">
                    {line.details.map((detail) => (
                      <div key={detail.label} className="flex gap-1">
                        <dt className="text-slate-600">{detail.label}:</dt>
                        <dd className="break-all">{detail.value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}
