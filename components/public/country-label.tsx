import { CountryFlag } from "./country-flag";

/** A country's flag and name; the flag is decoration beside the name, so screen readers hear only the name. */
export function CountryLabel({ code, name, className = "" }: { code: string; name: string; className?: string }) {
  return (
    <span className={className}>
      <CountryFlag code={code} name={name} isBesideName className="mr-[0.35em]" />
      {name}
    </span>
  );
}
