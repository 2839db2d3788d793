"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { JuryMember } from "@/lib/jury/member-queries";
import type { JuryMemberTargetInput, SetJuryRoleInput } from "@/lib/validation/jury-member";
import { InvitationStatusBadge } from "./invitation-status-badge";
import { DataTable } from "@/components/ui/data-table";

type Action<Input> = (input: Input) => Promise<ActionResult<{ name: string }>>;

export interface JuryMembersTableProps {
  editionId: number;
  members: readonly JuryMember[];
  actions: {
    setChair: Action<JuryMemberTargetInput>;
    setRole: Action<SetJuryRoleInput>;
    remove: Action<JuryMemberTargetInput>;
    resendInvitation: Action<JuryMemberTargetInput>;
  };
}

/** The jury: who, from where, chair or not, voting or expert, whether they accepted; with a row of buttons each. */
export function JuryMembersTable({ editionId, members, actions }: JuryMembersTableProps) {
  const t = useTranslations("juryAdmin.members");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function run(change: () => Promise<ActionResult<{ name: string }>>, success: (name: string) => string) {
    setMessage(null);
    startTransition(async () => {
      const outcome = await change();
      if (outcome.ok) {
        setMessage({ tone: "success", text: success(outcome.data.name) });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: outcome.message });
      }
    });
  }

  function remove(member: JuryMember) {
    if (!window.confirm(t("confirmRemove", { name: member.name }))) return;
    run(() => actions.remove({ editionId, membershipId: member.membershipId }), (name) => t("removed", { name }));
  }

  return (
    <div className="space-y-3">
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <DataTable caption={t("caption")} columns={[t("name"), t("country"), t("role"), t("account"), t("actions")]}>
            {members.map((member) => {
              const target = { editionId, membershipId: member.membershipId };
              const who = <span className="sr-only"> {member.name}</span>;
              return (
                <tr key={member.membershipId} className="align-top">
                  <th scope="row" className="px-4 py-3 font-normal">
                    <span className="block font-semibold text-slate-900">{member.name}</span>
                    <span className="block break-all text-slate-600">{member.email}</span>
                  </th>
                  <td className="px-4 py-3">{member.countryName ?? member.countryCode}</td>
                  <td className="px-4 py-3">
                    {member.isChair && <span className="block font-semibold">{t("chair")}</span>}
                    <span className="block">{member.isVoting ? t("voting") : t("expert")}</span>
                    {member.submittedSheetCount > 0 && (
                      <span className="block text-xs text-slate-500">
                        {t("submittedSheets", { count: member.submittedSheetCount })}
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <InvitationStatusBadge status={member.status} />
                  </td>
                  <td className="px-4 py-3">
                    <div className="flex flex-wrap gap-2">
                      {!member.isChair && (
                        <Button type="button" variant="secondary" disabled={isPending} onClick={() => run(() => actions.setChair(target), (name) => t("nowChair", { name }))}>
                          {t("makeChair")}
                          {who}
                        </Button>
                      )}
                      <Button
                        type="button"
                        variant="secondary"
                        disabled={isPending}
                        onClick={() =>
                          run(
                            () => actions.setRole({ ...target, role: member.isVoting ? "expert" : "voting" }),
                            (name) => (member.isVoting ? t("nowExpert", { name }) : t("nowVoting", { name })),
                          )
                        }
                      >
                        {member.isVoting ? t("makeExpert") : t("makeVoting")}
                        {who}
                      </Button>
                      {member.status === "invited" && (
                        <Button
                          type="button"
                          variant="secondary"
                          disabled={isPending}
                          onClick={() => run(() => actions.resendInvitation(target), (name) => t("resent", { name }))}
                        >
                          {t("resend")}
                          {who}
                        </Button>
                      )}
                      <Button type="button" variant="danger" disabled={isPending} onClick={() => remove(member)}>
                        {t("remove")}
                        {who}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
      </DataTable>
    </div>
  );
}
