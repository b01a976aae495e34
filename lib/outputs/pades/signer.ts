import "server-only";
import { sign } from "node:crypto";
import { env } from "@/lib/platform/env";
import { assembleSignedData, signedAttributes } from "./cms";
import { signingIdentity, type IdentitySlot } from "./portal-pki";

/** Whose seal signs: an agency (by code and name), or the portal itself when the caller names none. */
export type SigningParty = { code: string; name: string } | null;

export type SignHashRequest = {
  /** SHA-256 of the PDF's signed byte ranges. */
  digest: Buffer;
  party: SigningParty;
};

/**
 * Makes the CMS of a PAdES signature from the document's hash. Either local
 * (PKCS#12 keys under PKI_DIR) or remote (a PSrE signing service): the PDF
 * never leaves the portal, only its hash does.
 */
export interface Signer {
  readonly kind: "local" | "remote";
  signHash(request: SignHashRequest): Promise<Buffer>;
}

/**
 * The signer could not sign now (service down, timeout, refused): issuing is
 * held and retried, never completed without a signature.
 */
export class SignerUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SignerUnavailableError";
  }
}

const PORTAL_SEAL: IdentitySlot = { kind: "agency", code: "PORTAL", name: "SatuPintu" };

export function slotFor(party: SigningParty): IdentitySlot {
  return party ? { kind: "agency", code: party.code, name: party.name } : PORTAL_SEAL;
}

/** CMS signed by the PKCS#12 identity of `slot`: also what the remote-signer simulator answers with. */
export function signHashLocally(digest: Buffer, slot: IdentitySlot): Buffer {
  const identity = signingIdentity(slot);
  const { attributes, toBeSigned } = signedAttributes(digest, identity.chainDer[0]!);
  const signature = sign("sha256", toBeSigned, identity.privateKey);
  return assembleSignedData({ attributes, signature, chainDer: identity.chainDer });
}

export const localSigner: Signer = {
  kind: "local",
  async signHash({ digest, party }) {
    return signHashLocally(digest, slotFor(party));
  },
};

/**
 * A PSrE-style signing API (modelled on hash-signing services such as BSrE's):
 * `POST <base>/sign-hash` with a bearer token and
 * `{ signerId, hashAlgorithm: "SHA-256", hash: <base64>, format: "CAdES-detached" }`,
 * answered with `{ cms: <base64 DER ContentInfo> }`. Anything else — a
 * timeout, a 5xx, a refusal, a malformed answer — is SignerUnavailableError.
 */
export function remoteSigner(baseUrl: string, token: string | undefined, timeoutMs: number): Signer {
  return {
    kind: "remote",
    async signHash({ digest, party }) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl.replace(/\/+$/, "")}/sign-hash`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ signerId: party?.code ?? "PORTAL", hashAlgorithm: "SHA-256", hash: digest.toString("base64"), format: "CAdES-detached" }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new SignerUnavailableError(`Remote signer unreachable: ${(error as Error).message}`, { cause: error });
      }
      if (!response.ok) throw new SignerUnavailableError(`Remote signer answered ${response.status}`);
      const body = (await response.json().catch(() => null)) as { cms?: unknown } | null;
      if (typeof body?.cms !== "string" || body.cms.length === 0) throw new SignerUnavailableError("Remote signer answered without a CMS");
      return Buffer.from(body.cms, "base64");
    },
  };
}

let override: Signer | null = null;

/** Tests swap the signer (an outage, the remote simulator); null restores the configured one. */
export function useSignerForTests(signer: Signer | null) {
  override = signer;
}

/** The configured signer: SIGNER=local (default) or SIGNER=remote with SIGNER_REMOTE_URL. */
export function configuredSigner(): Signer {
  if (override) return override;
  const { SIGNER, SIGNER_REMOTE_URL, SIGNER_REMOTE_TOKEN, SIGNER_TIMEOUT_MS } = env();
  if (SIGNER === "local") return localSigner;
  if (!SIGNER_REMOTE_URL) throw new Error("SIGNER=remote needs SIGNER_REMOTE_URL");
  return remoteSigner(SIGNER_REMOTE_URL, SIGNER_REMOTE_TOKEN, SIGNER_TIMEOUT_MS);
}
