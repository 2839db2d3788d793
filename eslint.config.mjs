import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The parts of the interface whose words all come from the catalogue (messages/): there, English written straight
 * into JSX is an error, so no untranslated text slips back in. Each area joins the list when it is translated.
 */
const TRANSLATED = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/(public)/page.tsx",
  "app/(public)/archive/**",
  "app/(public)/results/**",
  "app/signin/**",
  "app/signout/**",
  "components/i18n/**",
  "app/admin/page.tsx",
  "app/admin/forbidden.tsx",
  "app/admin/people/**",
  "app/admin/audit/**",
  "app/admin/outbox/**",
  "app/admin/import/**",
  "app/admin/editions/[[]year]/messages/**",
  "components/people/account-actions.tsx",
  "components/people/invite-form.tsx",
  "components/people/people-filters.tsx",
  "components/people/people-table.tsx",
  "components/people/replace-coordinator-form.tsx",
  "components/people/status-badge.tsx",
  "components/audit/**",
  "components/messages/**",
  "components/admin/admin-forbidden.tsx",
  "components/admin/outbox-table.tsx",
  "components/admin/mail-status-badge.tsx",
  "components/admin/import-form.tsx",
  "components/admin/list-page-links.tsx",
];

// Signs and punctuation that read the same in every language.
const NEUTRAL_STRINGS = ["·", "—", "–", "(", ")", ":", "/", "%", "×", "…", "→", "←", "↑", "↓", "|", "#", "*", "+", "-", ",", ".", "«", "»", "“", "”", "‘", "’", "✓", "✗", "★"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", ".next-e2e/**", "node_modules/**", ".data/**", "db/migrations/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
  {
    files: TRANSLATED,
    rules: { "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: NEUTRAL_STRINGS }] },
  },
];

export default config;
