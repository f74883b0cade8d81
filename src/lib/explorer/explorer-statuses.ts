/** Incident statuses in the order the explorer index encodes them (row field 4 is a position here). */
export const STATUSES = ['completed', 'attempted', 'disrupted'] as const;
