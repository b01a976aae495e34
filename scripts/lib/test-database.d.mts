export function provisionTestDatabase(
  suffix: string,
): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }>;
