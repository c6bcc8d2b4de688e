/**
 * How a purpose reaches the customer. A consent record names one channel, or `any` for every channel; a scope
 * names the channel it serves, or `any` when it contacts no one (analytics, service screens).
 */
export const CHANNELS = ['any', 'email', 'sms', 'phone', 'mail', 'push', 'web', 'in_store'] as const;
export type Channel = (typeof CHANNELS)[number];
