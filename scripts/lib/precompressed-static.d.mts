import type { IncomingMessage, ServerResponse } from "node:http";

export type PrecompressedFile = { bodies: Partial<Record<"br" | "gzip", Buffer>>; contentType: string };

export function precompressStatic(distDir: string): Promise<number>;
export function acceptsGzip(acceptEncoding?: string): boolean;
export function preferredEncoding(acceptEncoding?: string, available?: readonly string[]): "br" | "gzip" | null;
export function loadPrecompressed(distDir: string): Map<string, PrecompressedFile>;
export function withPrecompressedStatic(
  files: Map<string, PrecompressedFile>,
  next: (request: IncomingMessage, response: ServerResponse) => unknown,
): (request: IncomingMessage, response: ServerResponse) => unknown;
