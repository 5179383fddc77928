/** The workflows the worker registers. */
export { onboarding } from './onboarding';
export { identityVerification } from './identity-verification';
export { performanceReview } from './performance-review';
export { enforcementAction } from './enforcement';
export { appeal } from './appeal';
export { investigation } from './investigation';
export { rescreening } from './rescreening';
export { informCompliance } from './inform';
export { documentRenewal } from './document-renewal';
export { inquiry } from './inquiry';
export { retention } from './retention';
