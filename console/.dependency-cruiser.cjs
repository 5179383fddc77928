/** The console's own rule, checked by `npm run lint:deps`: no import cycles between its pages and components. */
module.exports = {
  forbidden: [{ name: 'no-circular', severity: 'error', comment: 'pages and components import downwards only', from: {}, to: { circular: true } }],
  options: { doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true, tsConfig: { fileName: 'tsconfig.json' } },
};
