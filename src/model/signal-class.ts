/**
 * Where a value comes from, kept on every attribute and edge:
 * - EXPLICIT: the customer told us (a form, a sign-up, a stated preference);
 * - OBSERVED: we saw it happen (a card swiped, a device seen, a purchase);
 * - INFERRED: we computed it (a match, a household, a segment), always with confidence and method.
 * Survivorship ranks them in this order.
 */
export const SIGNAL_CLASSES = ['EXPLICIT', 'OBSERVED', 'INFERRED'] as const;
export type SignalClass = (typeof SIGNAL_CLASSES)[number];
