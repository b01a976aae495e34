/** Whether .next lacks a production build of the current sources. */
export function buildIsStale(root?: string): boolean;
