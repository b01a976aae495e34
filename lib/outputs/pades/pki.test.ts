import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import forge from "node-forge";
import { describe, expect, it } from "vitest";
import { writeTemp } from "@/tests/support/pdf-tools";
import { prepareSigningTestEnvironment } from "@/tests/support/signing-environment";
import { portalCrl } from "./crl";
import { crlUrl, portalCaCertificatePem, signingIdentity } from "./portal-pki";
import { answerTimestampRequest } from "./timestamp";

prepareSigningTestEnvironment();

/** openssl, as an independent checker of what node-forge and pkijs produced. */
function openssl(args: string[], input?: Buffer) {
  const run = spawnSync("openssl", args, { input, encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe("the portal PKI (checked by openssl)", { timeout: 60_000 }, () => {
  it("issues agency certificates that chain to the portal CA and name its CRL", () => {
    const identity = signingIdentity({ kind: "agency", code: "DINSOS", name: "Dinas Sosial" });
    expect(identity.commonName).toBe("Dinas Sosial");
    const dir = path.dirname(writeTemp(new Uint8Array(), "x"));
    writeFileSync(path.join(dir, "ca.pem"), portalCaCertificatePem());
    writeFileSync(path.join(dir, "leaf.pem"), forge.pki.certificateToPem(identity.certificate));
    expect(openssl(["verify", "-CAfile", path.join(dir, "ca.pem"), path.join(dir, "leaf.pem")]).output).toContain("OK");
    expect(openssl(["x509", "-in", path.join(dir, "leaf.pem"), "-noout", "-ext", "crlDistributionPoints"]).output).toContain(crlUrl());
  });

  it("publishes a CRL signed by the CA, current for a week", () => {
    const file = writeTemp(new Uint8Array(portalCrl()), "portal.crl");
    const ca = path.join(path.dirname(file), "ca.pem");
    writeFileSync(ca, portalCaCertificatePem());
    const checked = openssl(["crl", "-inform", "DER", "-in", file, "-CAfile", ca, "-noout", "-text"]);
    expect(checked.output).toContain("verify OK");
    expect(checked.output).toContain("Issuer: CN = SatuPintu Portal CA");
    expect(checked.output).toContain("No Revoked Certificates");
  });

  it("answers RFC 3161 requests with tokens openssl ts verifies against the portal CA", () => {
    const data = randomBytes(64);
    const query = writeTemp(new Uint8Array(), "q.tsq");
    const dataFile = path.join(path.dirname(query), "data.bin");
    writeFileSync(dataFile, data);
    expect(openssl(["ts", "-query", "-data", dataFile, "-sha256", "-cert", "-out", query]).ok).toBe(true);
    const reply = answerTimestampRequest(readFileSync(query));
    const replyFile = path.join(path.dirname(query), "r.tsr");
    writeFileSync(replyFile, reply);
    const ca = path.join(path.dirname(query), "ca.pem");
    writeFileSync(ca, portalCaCertificatePem());
    const verified = openssl(["ts", "-verify", "-digest", createHash("sha256").update(data).digest("hex"), "-in", replyFile, "-CAfile", ca]);
    expect(verified.output).toContain("Verification: OK");
    // A reply for other data does not verify.
    expect(openssl(["ts", "-verify", "-digest", createHash("sha256").update("other").digest("hex"), "-in", replyFile, "-CAfile", ca]).ok).toBe(false);
  });
});
