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
  "app/jury/**",
  "components/jury/**",
  "components/deliberation/**",
  "components/dossier/**",
  "app/admin/editions/new/**",
  "app/admin/editions/*/page.tsx",
  "app/admin/editions/*/settings/**",
  "app/admin/editions/*/rubric/**",
  "app/admin/editions/*/jury/**",
  "app/admin/editions/*/assignments/**",
  "app/admin/editions/*/conflicts/**",
  "app/admin/editions/*/progress/**",
  "app/admin/editions/*/nominations/**",
  "app/admin/editions/*/ranking/page.tsx",
  "components/admin/advance-phase-button.tsx",
  "components/admin/attention-list.tsx",
  "components/admin/current-edition-card.tsx",
  "components/admin/dossier-history.tsx",
  "components/admin/editions-table.tsx",
  "components/admin/eligibility-decision.tsx",
  "components/admin/import-form.tsx",
  "components/admin/list-page-links.tsx",
  "components/admin/nomination-filters.tsx",
  "components/admin/nominations-table.tsx",
  "components/admin/not-submitted-list.tsx",
  "components/admin/phase-badge.tsx",
  "components/admin/phase-panel.tsx",
  "components/admin/phase-stepper.tsx",
  "components/admin/reopen-nomination-button.tsx",
  "components/admin/resend-invitation-button.tsx",
  "components/admin/state-counts.tsx",
  "components/editions/**",
  "components/rubric/**",
  "components/assignments/**",
  "components/jury-members/**",
  "components/jury-progress/**",
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
