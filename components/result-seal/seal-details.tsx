import { formatEditionMoment } from "@/lib/format/edition-time";
import { Notice } from "@/components/ui/notice";

export interface SealDetailsProps {
  fingerprint: string;
  /** The fingerprint of the public part, published with the results and printed on the certificates. */
  publicFingerprint: string;
  /** The fingerprint of the private part (the individual scores), published while the part itself never is. */
  privateFingerprint: string;
  frozenAt: Date;
  frozenByName: string | null;
  isIntact: boolean;
  isCurrent: boolean;
  /** The edition's zone, in which moments are written. */
  timeZone: string;
}

/**
 * The seal in full: its fingerprint (all 64 digits, selectable), the fingerprints of its public and private parts, who
 * froze it and when, and the two checks.
 */
export function SealDetails({ fingerprint, publicFingerprint, privateFingerprint, frozenAt, frozenByName, isIntact, isCurrent, timeZone }: SealDetailsProps) {
  return (
    <div className="space-y-4">
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-slate-800">Fingerprint (SHA-256)</dt>
          <dd>
            <code data-testid="result-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-base text-slate-900">
              {fingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">Public part (SHA-256), published with the results</dt>
          <dd>
            <code data-testid="result-public-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900">
              {publicFingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">Private part: the individual scores (SHA-256; only the fingerprint is published)</dt>
          <dd>
            <code data-testid="result-private-fingerprint" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900">
              {privateFingerprint}
            </code>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-800">Frozen</dt>
          <dd className="text-slate-700">
            {formatEditionMoment(frozenAt, timeZone)}
            {frozenByName ? ` by ${frozenByName}` : ""}
          </dd>
        </div>
      </dl>
      {!isIntact && (
        <Notice tone="error">The stored snapshot no longer gives this fingerprint: the sealed record has been altered in the database.</Notice>
      )}
      {isIntact && !isCurrent && (
        <Notice tone="error">
          The data today no longer gives this fingerprint (for example a project title, the rubric or the jury&apos;s statement
          changed since the freeze). The stored snapshot is still the sealed record.
        </Notice>
      )}
      {isIntact && isCurrent && <Notice tone="success">The stored snapshot and the data today both give this fingerprint.</Notice>}
    </div>
  );
}
