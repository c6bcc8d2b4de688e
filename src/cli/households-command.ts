import { AppContext } from '../app/app-context';
import { detectHouseholds } from '../households';

export interface HouseholdsDetectOptions {
  customer?: string[];
  jobId?: string;
}

/** `idgraph households detect`: proposes households and prints counts only (never names, addresses or keys). */
export async function householdsDetectCommand(app: AppContext, options: HouseholdsDetectOptions): Promise<void> {
  const jobId = options.jobId ?? `households-cli-${new Date().toISOString()}`;
  const result = await detectHouseholds(app.graph, { jobId, ...(options.customer === undefined ? {} : { customerIds: options.customer }) });
  process.stdout.write(
    [
      `job ${jobId}: read ${result.customersRead} customers; ${result.householdsProposed} households supported by the evidence (${result.householdsCreated} new)`,
      `memberships: ${result.membershipsCreated} proposed, ${result.membershipsUpdated} updated, ${result.membershipsWithdrawn} withdrawn; ${result.householdsDeleted} empty households deleted`,
    ].join('\n') + '\n',
  );
}
