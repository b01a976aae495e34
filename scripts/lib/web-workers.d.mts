export function webWorkerCount(value?: string, realtime?: string): number;
export function superviseWebWorkers(count: number): void;
export const DEFAULT_SEMI_SPACE_MB: number;
export function webProcessFlags(value?: string): string[];
