/**
 * Architecture rules, checked by `npm run lint:deps`:
 * - a lib never imports an app;
 * - a context uses another context only through its face (`libs/<context>/src/index.ts`);
 * - apps use libs only through their faces (the `@schakel/<context>` alias);
 * - the web app uses one lib, `@schakel/regels` (ADR 0019), and no other app;
 * - `libs/regels` is pure: it imports nothing (no Nest, no Node APIs, no packages);
 * - no cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-app',
      comment: 'Libraries are reusable contexts; apps compose them, never the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'context-internals',
      comment: 'Reach another context only through its index.ts (its exported services).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'app-reaches-into-lib',
      comment:
        'Apps import a context by its alias (@schakel/<context>), which resolves to index.ts.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'web-imports-server',
      comment:
        'The web app speaks to the API through the generated client; the only server code it ' +
        'bundles is the pure rules of libs/regels (ADR 0019).',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(libs/|apps/(?!web/))', pathNot: '^libs/regels/src/index\\.ts$' },
    },
    {
      name: 'regels-not-pure',
      comment: 'Both the API and the browser run libs/regels: it imports nothing but itself.',
      severity: 'error',
      from: { path: '^libs/regels/' },
      to: { pathNot: '^libs/regels/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^data/|^apps/web/dist/|^apps/web/src/api/schema\\.d\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
