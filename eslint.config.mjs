// ESLint: Microsoft's Office add-in rules (load before read, sync outside loops, isNullObject…) on all
// TypeScript, typescript-eslint's recommended rules, React and React hooks rules on the pane, and
// prettier for layout. The office-addins preset is spread by hand because it bundles its own
// (older) @typescript-eslint plugin, which ESLint refuses to register twice.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-plugin-prettier";
import prettierConfig from "eslint-config-prettier";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeAddinRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "error",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/**
 * The workspace packages (packages/*: @tassei/excel-rules, @tassei/in-memory-excel) are used through their
 * entry, src/index.ts, never file by file: what a package keeps to itself may change. Only tests open the
 * in-memory Excel's files (its unit tests in test/preview).
 */
const THROUGH_ENTRY = {
  regex: "^@tassei/[^/]+/",
  message: "Import a workspace package through its entry (@tassei/excel-rules, @tassei/in-memory-excel).",
};
/**
 * The layers, kept by lint (#17): the core plans and knows nothing of Office, React, files or Node; each
 * adapter moves data for one world and does not reach into another's; the pane and the command line call
 * adapters, never the in-memory Excel (the package @tassei/in-memory-excel: tests and the preview page only).
 * Excel's own rules (@tassei/excel-rules) are everyone's.
 */
const layer = (folders, packages, why) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        // Up and into another of src/'s folders ("../../excel/apply"); a sibling file named like one
        // ("./xlsx", a message section) is not another layer.
        ...(folders.length > 0 ? [{ regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message: why }] : []),
        ...(packages.length > 0 ? [{ regex: `^(${packages.join("|")})(/|$)`, message: why }] : []),
        THROUGH_ENTRY,
      ],
    },
  ],
});
const IN_MEMORY_EXCEL = "@tassei/in-memory-excel";
/**
 * A package never imports from src/ (nor the tests): no relative import leaves its src folder (whose folders
 * are one level deep), none of the add-in's libraries and no Node module (the packages run in the browser
 * preview too); `more` adds a package's own limits.
 */
function outOfPackage(upAndOut, more = []) {
  const why =
    "A workspace package stands alone (no Tassei code, no add-in library, no Node): src/ and the tests depend on it, never the other way round.";
  return {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { regex: upAndOut, message: why },
          { regex: "^(react|react-dom|@fluentui|exceljs|jszip|tassei|node:[a-z_]+|fs|path)(/|$)", message: why },
          THROUGH_ENTRY,
          ...more,
        ],
      },
    ],
  };
}
const LAYERS = [
  {
    files: ["src/core/**"],
    rules: layer(
      ["excel", "xlsx", "csv", "preview", "samples", "taskpane", "commands", "cli"],
      [
        "react",
        "react-dom",
        "@fluentui",
        "exceljs",
        "jszip",
        "hyperformula",
        IN_MEMORY_EXCEL,
        "node:[a-z_]+",
        "fs",
        "path",
      ],
      "src/core plans as plain data: it knows nothing of Office, React, files or Node.",
    ),
  },
  {
    files: ["src/xlsx/**", "src/csv/**"],
    rules: layer(
      ["excel", "preview", "taskpane", "commands", "cli"],
      ["react", "react-dom", "@fluentui", IN_MEMORY_EXCEL],
      "The file adapters move data between files and the core only.",
    ),
  },
  {
    files: ["src/excel/**"],
    rules: layer(
      ["xlsx", "csv", "preview", "taskpane", "commands", "cli"],
      ["react", "react-dom", "@fluentui", "exceljs", "hyperformula", IN_MEMORY_EXCEL],
      "The Office.js adapter moves data between Excel and the core only.",
    ),
  },
  {
    files: ["src/taskpane/**", "src/commands/**"],
    rules: layer(
      ["preview", "cli"],
      ["exceljs", "hyperformula", IN_MEMORY_EXCEL],
      "The pane and the ribbon call the adapters; the in-memory Excel is for tests and the preview page.",
    ),
  },
  {
    files: ["src/cli/**"],
    rules: layer(
      ["excel", "preview", "taskpane", "commands"],
      ["react", "react-dom", "@fluentui", "hyperformula", IN_MEMORY_EXCEL],
      "The command line calls the core and the file adapters.",
    ),
  },
  // The seed samples are data (the preview's sheets, the tests' fixtures, the pane's starting points): they
  // read the core's schema and nothing else.
  {
    files: ["src/samples/**"],
    rules: layer(
      ["excel", "xlsx", "csv", "preview", "taskpane", "commands", "cli"],
      ["react", "react-dom", "@fluentui", "exceljs", "hyperformula", IN_MEMORY_EXCEL],
      "The seed samples are data checked by the core's schema: they import nothing else.",
    ),
  },
  {
    // The preview page may use any layer, but the packages only through their entries.
    files: ["src/preview/**"],
    rules: layer([], [], ""),
  },
  {
    files: ["test/**", "bench/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ ...THROUGH_ENTRY, regex: "^@tassei/excel-rules/" }] }] },
  },
  // Each package is a package of its own: it imports nothing of Tassei's (no way out of its src folder), so
  // src/ and the tests may depend on it and never the other way round.
  {
    files: ["packages/*/src/*.ts"],
    rules: outOfPackage("^\\.\\./"),
  },
  {
    files: ["packages/*/src/*/**"],
    rules: outOfPackage("^(\\.\\./){2,}"),
  },
  {
    // Excel's rules depend on nothing, not even another package: Tassei and the in-memory Excel both import
    // them. Its src folder is flat.
    files: ["packages/excel-rules/**"],
    rules: outOfPackage("^\\.\\./", [
      { regex: "^[^.]", message: "@tassei/excel-rules has no dependencies: only its own modules (./…)." },
    ]),
  },
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    rules: { "prettier/prettier": "error", "no-eval": "error" },
  },
  {
    // Only where Office.js code lives: elsewhere (exceljs, HyperFormula) the rules mistake look-alike calls.
    files: [
      "src/excel/**",
      "packages/in-memory-excel/src/office/**",
      "src/taskpane/**",
      "src/commands/**",
      "test/excel/**",
      "test/preview/**",
    ],
    rules: officeAddinRules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "test/**/*.tsx", "src/preview/**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "19" } },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**", "bench/**", "scripts/**", "src/cli/**", "bin/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  ...LAYERS,
];
