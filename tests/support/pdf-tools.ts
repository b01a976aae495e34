import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Independent verifiers for the PAdES signatures (issue 22): poppler's pdfsig
 * (NSS underneath) and qpdf. pdfsig validates the certificate chain against an
 * NSS database; a fresh one trusting only the portal CA is made here, so
 * "Certificate is Trusted" is a real statement about the chain.
 */

/** A new NSS database trusting `caPem` for signing (none when empty). */
export function nssDatabaseTrusting(caPem: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "satupintu-nss-"));
  execFileSync("certutil", ["-N", "-d", `sql:${dir}`, "--empty-password"]);
  if (!caPem) return dir;
  const caFile = path.join(dir, "portal-ca.pem");
  writeFileSync(caFile, caPem);
  execFileSync("certutil", ["-A", "-d", `sql:${dir}`, "-n", "SatuPintu Portal CA", "-t", "CT,C,C", "-i", caFile]);
  return dir;
}

export function writeTemp(bytes: Uint8Array, name = "document.pdf"): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "satupintu-pdf-")), name);
  writeFileSync(file, bytes);
  return file;
}

/** pdfsig's report (it exits non-zero for invalid signatures; the text is what is asserted). */
export function pdfsig(file: string, nssDir: string): string {
  const run = spawnSync("pdfsig", ["-nssdir", `sql:${nssDir}`, file], { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** The text a reader sees in the PDF, page by page, as poppler's pdftotext extracts it. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", [writeTemp(bytes), "-"], { encoding: "utf8" });
}
