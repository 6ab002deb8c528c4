/**
 * Architecture rules, checked by `npm run lint:deps`:
 * - a lib never imports an app;
 * - a context uses another context only through its face (`libs/<context>/src/index.ts`);
 * - apps use libs only through their faces (the `@schakel/<context>` alias);
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
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^data/|^apps/web/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
