/**
 * Workflow IDs derived from business keys: starting the same process twice lands on the same
 * workflow, which with the conflict policy below makes every start idempotent.
 */
export const onboardingWorkflowId = (applicationId: string) => `onboarding:${applicationId}`;
