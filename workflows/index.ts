/** The workflows the worker registers. */
export { onboarding } from './onboarding';
export { identityVerification } from './identity-verification';
