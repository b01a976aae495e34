import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Settings come from lib/platform/env.ts alone: validated, typed, with defaults. */
const noProcessEnv = {
  "no-restricted-properties": [
    "error",
    { object: "process", property: "env", message: "Read settings through lib/platform/env.ts (env() or runtimeMode()), where they are validated." },
  ],
};

/**
 * Routes stay thin and components are UI only: they ask lib/<domain> (queries,
 * use cases), never the database client. Prisma's enums and types stay importable.
 */
const databaseClientPatterns = [
  {
    group: ["@/lib/platform/db", "**/lib/platform/db"],
    message: "Pages, routes and components ask a lib/<domain> query or use case; the database client stays in lib/.",
  },
  {
    group: ["@/lib/generated/prisma/client", "@/lib/generated/prisma/internal/*", "@/lib/generated/prisma/models/*"],
    allowTypeImports: true,
    message: "The Prisma runtime client stays in lib/; import enums from @/lib/generated/prisma/enums.",
  },
];

/** Links go through components/ui/link.tsx, the one place that says they do not prefetch (issue 23). */
const nextLink = {
  name: "next/link",
  message: "Use { Link } from @/components/ui/link: it never prefetches (every page is rendered per request; a prefetch costs the server and gains nothing).",
};

/** GET forms to the portal's pages go through components/ui/get-form.tsx, for the same reason. */
const nextForm = {
  name: "next/form",
  message: "Use { GetForm } from @/components/ui/get-form: it never prefetches its target (see components/ui/link.tsx).",
};

const uiLayerImports = { "no-restricted-imports": ["error", { paths: [nextLink, nextForm], patterns: databaseClientPatterns }] };
const navigationComponentImports = { "no-restricted-imports": ["error", { patterns: databaseClientPatterns }] };

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  // Tests set variables before the modules under test read them, so *.test.ts files may write process.env.
  // NEXT_PUBLIC_ variables, which Next.js inlines into client bundles, would be read directly in a client
  // component (with an eslint-disable naming this rule); the portal has none today.
  { files: ["app/**", "components/**", "lib/**"], ignores: ["lib/platform/env.ts", "**/*.test.ts", "**/*.test.tsx"], rules: noProcessEnv },
  { files: ["app/**", "components/**"], rules: uiLayerImports },
  { files: ["components/ui/link.tsx", "components/ui/get-form.tsx"], rules: navigationComponentImports },
];
export default config;
