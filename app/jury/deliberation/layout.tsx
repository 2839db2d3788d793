import { AreaMessages } from "@/components/i18n/area-messages";

// The deliberation's client components (charts, award and tie forms) translate with the "deliberation" messages,
// which the rest of the jury area, a juror's dossier pages among it, does not send (lib/i18n/client-messages).
export default function JuryDeliberationLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="juryDeliberation">{children}</AreaMessages>;
}
