export function webWorkerCount(value?: string, realtime?: string): number;
export function superviseWebWorkers(count: number): void;
