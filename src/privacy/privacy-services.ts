import { loadPolicy } from './policy/load-policy';
import { Policy } from './policy/policy';
import { loadRetentionSchedule, RetentionSchedule } from './subject-rights/retention-schedule';
import { loadSurvivorshipConfig, SurvivorshipConfig } from './view/survivorship-config';

/** The privacy configuration a process loads once at start: a bad file stops the start, not a request. */
export interface PrivacyServices {
  policy: Policy;
  survivorship: SurvivorshipConfig;
  retention: RetentionSchedule;
}

export function loadPrivacyServices(): PrivacyServices {
  const policy = loadPolicy();
  return { policy, survivorship: loadSurvivorshipConfig(), retention: loadRetentionSchedule(policy) };
}
