export { detectHouseholds, type DetectHouseholdsOptions, type DetectHouseholdsResult } from './detect-households';
export { planHouseholdProposals, type HouseholdPlan, type HouseholdPlanInput, type ProposedHousehold, type ProposedMember, type MembershipProposal } from './plan-household-proposals';
export { householdSettings, DEFAULT_HOUSEHOLD_SETTINGS, type HouseholdSettings } from './household-settings';
export type { CustomerSignals, HeldValue, ExistingMembership, HouseholdSignalKind, MembershipStatus } from './household-signals';
export { listHouseholds, type HouseholdView, type HouseholdMembership } from './list-households';
