import "server-only";
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import forge from "node-forge";
import { env } from "@/lib/platform/env";
import { keyFromConfig } from "@/lib/platform/secrets";

/**
 * The portal's own small PKI (DESIGN.md §16): a portal CA, one signing
 * certificate per agency (an organisational "electronic seal") and one for the
 * demo time-stamping authority. Each lives in a PKCS#12 file under PKI_DIR,
 * encrypted (AES-256, PBKDF2) with a password derived from PKI_PASSPHRASE_KEY
 * (or AUTH_SECRET where derived keys are allowed) — private keys are never
 * written to the database. The first use creates what is missing; a
 * production deployment puts the PSrE-issued PKCS#12 files there instead, or
 * uses SIGNER=remote.
 *
 * node-forge issues the certificates and reads/writes PKCS#12: a well-kept
 * library for exactly that, where hand-written ASN.1 would be a liability.
 */

export type SigningIdentity = {
  privateKey: KeyObject;
  certificate: forge.pki.Certificate;
  /** DER of the signing certificate, then of its issuers up to the root. */
  chainDer: Buffer[];
  commonName: string;
};

export type IdentitySlot = { kind: "ca" } | { kind: "tsa" } | { kind: "agency"; code: string; name: string };

const CA_NAME = "SatuPintu Portal CA";
const TSA_NAME = "SatuPintu Time-Stamping Authority";

function pkiDir(): string {
  return path.resolve(process.cwd(), env().PKI_DIR);
}

function pkcs12Password(): string {
  return keyFromConfig(env().PKI_PASSPHRASE_KEY, "pki-pkcs12-password").toString("base64url");
}

export function crlUrl(): string {
  return `${env().PUBLIC_URL.replace(/\/+$/, "")}/api/pki/crl`;
}

function fileFor(slot: IdentitySlot): string {
  if (slot.kind !== "agency") return path.join(pkiDir(), `${slot.kind}.p12`);
  return path.join(pkiDir(), `agency-${slot.code.replace(/[^A-Za-z0-9_-]/g, "_")}.p12`);
}

export const derOf = (certificate: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), "binary");

function newSerial(): string {
  // Positive (leading 01) and unpredictable, as RFC 5280 asks of CAs.
  return `01${randomBytes(15).toString("hex")}`;
}

type Issuer = { certificate: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } | null;

function createCertificate(slot: IdentitySlot, issuer: Issuer, now: Date) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ format: "pem", type: "pkcs8" }).toString()) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = newSerial();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + (slot.kind === "ca" ? 10 : 3) * 365 * 86_400_000);
  const commonName = slot.kind === "ca" ? CA_NAME : slot.kind === "tsa" ? TSA_NAME : slot.name;
  const subject: forge.pki.CertificateField[] = [
    { name: "commonName", value: commonName },
    ...(slot.kind === "agency" ? [{ shortName: "OU", value: slot.code }] : []),
    { name: "organizationName", value: "SatuPintu" },
    { name: "countryName", value: "ID" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.certificate.subject.attributes : subject);
  const extensions: object[] = [{ name: "subjectKeyIdentifier" }];
  if (slot.kind === "ca") {
    extensions.push({ name: "basicConstraints", cA: true, critical: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true });
  } else {
    extensions.push({ name: "basicConstraints", cA: false }, { name: "cRLDistributionPoints", altNames: [{ type: 6, value: crlUrl() }] });
    if (slot.kind === "tsa") {
      extensions.push({ name: "keyUsage", digitalSignature: true, critical: true }, { name: "extKeyUsage", timeStamping: true, critical: true });
    } else {
      extensions.push({ name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true });
    }
  }
  if (issuer) {
    const issuerKeyId = issuer.certificate.generateSubjectKeyIdentifier().getBytes();
    extensions.push({ name: "authorityKeyIdentifier", keyIdentifier: issuerKeyId });
  }
  cert.setExtensions(extensions);
  cert.sign(issuer ? issuer.key : key, forge.md.sha256.create());
  return { cert, key };
}

function writePkcs12(file: string, key: forge.pki.rsa.PrivateKey, chain: forge.pki.Certificate[]) {
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, chain, pkcs12Password(), { algorithm: "aes256", friendlyName: chain[0]?.subject.getField("CN")?.value });
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // Exclusive create: two processes starting at once both generate, exactly one file wins and both use it.
    writeFileSync(file, Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

function readPkcs12(file: string): { key: forge.pki.rsa.PrivateKey; chain: forge.pki.Certificate[] } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString("binary")), pkcs12Password());
  } catch (error) {
    throw new Error(
      `${file}: cannot be opened with the password derived from PKI_PASSPHRASE_KEY (or AUTH_SECRET): it was written under another one. Restore that key, or move PKI_DIR aside to create a new demo PKI.`,
      { cause: error },
    );
  }
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const chain = certBags.flatMap((bag) => (bag.cert ? [bag.cert] : []));
  if (!keyBag?.key || chain.length === 0) throw new Error(`${file}: a PKCS#12 with a key and its certificate is expected`);
  // The leaf first: the certificate whose public key matches the private key.
  const key = keyBag.key as forge.pki.rsa.PrivateKey;
  chain.sort((a, b) => Number((b.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n)) - Number((a.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n)));
  return { key, chain };
}

const cache = new Map<string, { key: forge.pki.rsa.PrivateKey; chain: forge.pki.Certificate[] }>();

function loadOrCreate(slot: IdentitySlot, now = new Date()): { key: forge.pki.rsa.PrivateKey; chain: forge.pki.Certificate[] } {
  const file = fileFor(slot);
  const cached = cache.get(file);
  if (cached) return cached;
  let loaded = readPkcs12(file);
  if (!loaded) {
    const ca = slot.kind === "ca" ? null : loadOrCreate({ kind: "ca" }, now);
    const issuer = ca ? { certificate: ca.chain[0]!, key: ca.key } : null;
    const { cert, key } = createCertificate(slot, issuer, now);
    writePkcs12(file, key, ca ? [cert, ...ca.chain] : [cert]);
    loaded = readPkcs12(file);
    if (!loaded) throw new Error(`${file}: could not be created`);
  }
  cache.set(file, loaded);
  return loaded;
}

/** The key and chain that sign for `slot`, created on first use. */
export function signingIdentity(slot: IdentitySlot): SigningIdentity {
  const { key, chain } = loadOrCreate(slot);
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(key));
  const commonName = String(chain[0]!.subject.getField("CN")?.value ?? "");
  return { privateKey, certificate: chain[0]!, chainDer: chain.map(derOf), commonName };
}

/** The portal CA's certificate, PEM: what a relying party (or the pdfsig test) adds to its trust store. */
export function portalCaCertificatePem(): string {
  return forge.pki.certificateToPem(loadOrCreate({ kind: "ca" }).chain[0]!);
}

/** The CA's key, for signing its CRL. */
export function portalCaIssuer(): { certificate: forge.pki.Certificate; privateKey: KeyObject } {
  const ca = loadOrCreate({ kind: "ca" });
  return { certificate: ca.chain[0]!, privateKey: createPrivateKey(forge.pki.privateKeyToPem(ca.key)) };
}

/** Forgets loaded identities (tests that point PKI_DIR elsewhere). */
export function forgetLoadedIdentities() {
  cache.clear();
}
