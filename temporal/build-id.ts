/**
 * The build of the workflow code. Bump it whenever workflow code changes in a way that adds a
 * patched() id or changes commands (docs/workflow-versioning.md): recorded histories are kept per
 * build under test/workflows/histories/<build>/ and never overwritten, so every build's running
 * workflows stay covered by the replay test.
 */
export const WORKFLOW_BUILD_ID = 'build-13';
