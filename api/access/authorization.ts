/**
 * Who may call what: one matrix, in one place. Routes name a permission; the matrix says which
 * roles hold it. Tests walk this table over HTTP.
 */
import type { Role } from '../../db/access/api-keys';

export const permissions = {
  'applications:create': ['onboarding_frontend', 'admin'],
  'applications:withdraw': ['onboarding_frontend', 'admin'],
  'applications:answer': ['onboarding_frontend'],
  'applications:read': ['onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'sellers:read': ['onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'review_tasks:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'review_tasks:work': ['reviewer', 'senior_reviewer', 'compliance_officer'],
  'screenings:run': ['reviewer', 'senior_reviewer', 'compliance_officer'],
  'sellers:metrics': ['order_system', 'admin'],
  'enforcements:read': ['onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'enforcements:export': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'appeals:create': ['onboarding_frontend'],
  'sellers:certify': ['onboarding_frontend'],
  'appeals:read': ['onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'operations:run': ['admin'],
  'audit:verify': ['compliance_officer', 'admin'],
  'codec:decode': ['admin'],
  'legal_holds:manage': ['compliance_officer', 'admin'],
  'erasure:request': ['onboarding_frontend', 'compliance_officer', 'admin'],
  'inquiries:create': ['regulator', 'compliance_officer'],
  'inquiries:read': ['regulator', 'compliance_officer', 'admin'],
  'inquiries:response': ['regulator', 'compliance_officer'],
  'reports:create': ['onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'investigations:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'governance:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'blocking_reports:read': ['compliance_officer', 'admin'],
  'blocking_reports:file': ['compliance_officer'],
  'discrepancy_reports:read': ['compliance_officer', 'admin'],
  'discrepancy_reports:decide': ['compliance_officer'],
  'notices:create': ['onboarding_frontend', 'trusted_flagger', 'compliance_officer'],
  'notices:read': ['onboarding_frontend', 'trusted_flagger', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'notices:list': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'trusted_flaggers:manage': ['compliance_officer', 'admin'],
  'trusted_flaggers:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'disputes:create': ['order_system'],
  'disputes:read': ['order_system', 'onboarding_frontend', 'reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'disputes:respond': ['onboarding_frontend'],
  'disputes:appeal': ['onboarding_frontend', 'order_system'],
  'disputes:list': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'disputes:report': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'sellers:identifiers': ['order_system', 'onboarding_frontend'],
  'account_groups:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'account_groups:investigate': ['reviewer', 'senior_reviewer', 'compliance_officer'],
  'investigators:manage': ['senior_reviewer', 'compliance_officer', 'admin'],
  'investigators:read': ['reviewer', 'senior_reviewer', 'compliance_officer', 'admin'],
  'quality:read': ['senior_reviewer', 'compliance_officer', 'admin'],
  'root_causes:mitigate': ['senior_reviewer', 'compliance_officer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function allows(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
