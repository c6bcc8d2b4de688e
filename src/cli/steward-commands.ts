import { AppContext } from '../app/app-context';
import { forceLink, forceUnlink, splitCustomer, StewardOutcome } from '../steward/steward-actions';

export interface StewardOptions {
  by: string;
  reason: string;
}

export async function forceLinkCommand(app: AppContext, a: string, b: string, options: StewardOptions): Promise<void> {
  print(await forceLink(app.matcher, a, b, options));
}

export async function forceUnlinkCommand(app: AppContext, a: string, b: string, options: StewardOptions): Promise<void> {
  print(await forceUnlink(app.matcher, a, b, options));
}

/** Groups are comma-separated record keys: `--group pos:1,web:2 --group fuel:7`. */
export async function splitCommand(app: AppContext, customerId: string, options: StewardOptions & { group: string[] }): Promise<void> {
  print(await splitCustomer(app.matcher, customerId, options.group.map((g) => g.split(',').map((k) => k.trim()).filter(Boolean)), options));
}

function print(outcome: StewardOutcome): void {
  process.stdout.write(`decision ${outcome.decisionId}\n`);
  for (const [recordKey, customerId] of Object.entries(outcome.customerOf)) process.stdout.write(`  ${recordKey} -> ${customerId ?? '(none)'}\n`);
}
