import { useLocale } from "next-intl";
import { formatCountryName } from "@/lib/format/country-name";
import { CountryFlag } from "./country-flag";

/** A country's flag and name in the interface language; the flag is decoration beside the name, so screen readers hear only the name. */
export function CountryLabel({ code, name, className = "" }: { code: string; name: string; className?: string }) {
  const localName = formatCountryName(code, name, useLocale());
  return (
    <span className={className}>
      <CountryFlag code={code} name={localName} isBesideName className="mr-[0.35em]" />
      {localName}
    </span>
  );
}
