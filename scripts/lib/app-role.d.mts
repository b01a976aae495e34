export const DEFAULT_APP_ROLE: string;
export function urlAsRole(url: string, role: string, password?: string): string;
export function grantAppRole(ownerUrl: string, role?: string, options?: { password?: string }): Promise<string>;
