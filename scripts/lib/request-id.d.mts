export const REQUEST_ID_HEADER: string;
export function requestIdFrom(incoming: string | string[] | null | undefined): string;
