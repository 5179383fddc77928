/** The workflows the worker registers. */
export { onboarding } from './onboarding';
