export function provisionTestDatabase(suffix: string): Promise<{ url: string; appUrl: string; embedded: boolean; stop: () => Promise<void> }>;
