/**
 * The layering rules of ../shared/DESIGN.md section 3, checked in `npm test` (npm run lint:deps).
 * Layers: domain/ is pure; workflows/ decide (domain code, their messages, activity *types*);
 * activities/ do side effects through db/ and providers/; api/ starts, signals and reads.
 * Which repository functions a route may call (reads only) is checked by test/unit/architecture.test.ts.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle ties two modules into one: split the shared part into a leaf file (codes, messages).', from: {}, to: { circular: true } },
    { name: 'nothing-imports-test', severity: 'error', comment: 'Production code, scripts and benchmarks never depend on the tests.', from: { pathNot: '^test/' }, to: { path: '^test/' } },
    {
      name: 'workflows-are-deterministic',
      severity: 'error',
      comment: 'Workflow code runs in the sandbox: only domain code, workflow messages, the workflow IDs and the Temporal workflow SDK; activities by type only.',
      from: { path: '^workflows/' },
      to: { pathNot: ['^workflows/', '^domain/', '^temporal/workflow-ids\\.ts$', 'node_modules/@temporalio/(workflow|common)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflows-never-see-the-database',
      severity: 'error',
      comment: 'Not even by type: a workflow that knows a row shape is one step from reading it.',
      from: { path: '^workflows/' },
      to: { path: '^(db|api|providers)/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'Rules, codes and schemas depend on nothing of the layers that use them.',
      from: { path: '^domain/' },
      to: { path: '^(workflows|activities|api|db|providers|temporal|scripts|bench)/|^(config|worker|cli|logger|dev-keys)\\.ts$' },
    },
    {
      name: 'activities-only-message-workflows',
      severity: 'error',
      comment: 'An activity may signal a workflow (its message definitions), never run workflow code.',
      from: { path: '^activities/' },
      to: { path: '^workflows/', pathNot: '^workflows/.*messages\\.ts$' },
    },
    {
      name: 'api-never-runs-activities',
      severity: 'error',
      comment: "The API starts, signals and updates workflows; the side effects are the activities' alone.",
      from: { path: '^api/' },
      to: { path: '^(activities|workflows)/', pathNot: '^workflows/.*messages\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-below-the-processes',
      severity: 'error',
      comment: 'Repositories know tables and domain types, not who calls them.',
      from: { path: '^db/' },
      to: { path: '^(workflows|activities|api)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|\\.tools|console)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
