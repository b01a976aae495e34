import "server-only";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signHashLocally } from "./signer";
import { answerTimestampRequest } from "./timestamp";

/**
 * Local stand-ins for the outside services of issue 22, for development and
 * tests: a PSrE-style hash-signing API (the contract of remoteSigner()) and an
 * RFC 3161 TSA. Both sign with the portal's demo PKI. `failing` makes them
 * answer 503, as a service in an outage does.
 */
export type SimulatedServices = { signerUrl: string; tsaUrl: string; requests: { sign: number; tsa: number }; failing: boolean; close(): Promise<void> };

const SIMULATOR_TOKEN = "simulator-token";
export { SIMULATOR_TOKEN };

async function bodyOf(request: import("node:http").IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startSigningServiceSimulator(): Promise<SimulatedServices> {
  const state = { requests: { sign: 0, tsa: 0 }, failing: false };
  const server: Server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    if (state.failing) return void response.writeHead(503).end();
    if (request.method === "POST" && request.url === "/signer/sign-hash") {
      state.requests.sign++;
      if (request.headers.authorization !== `Bearer ${SIMULATOR_TOKEN}`) return void response.writeHead(401).end();
      const { signerId, hash, hashAlgorithm } = JSON.parse(body.toString("utf8")) as { signerId?: string; hash?: string; hashAlgorithm?: string };
      const digest = Buffer.from(hash ?? "", "base64");
      if (hashAlgorithm !== "SHA-256" || digest.length !== 32 || !signerId) return void response.writeHead(400).end();
      // The PSrE signs for the subscriber it knows by id; the simulator keeps one seal per id.
      const cms = signHashLocally(digest, { kind: "agency", code: signerId, name: signerId === "PORTAL" ? "SatuPintu" : signerId });
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ cms: cms.toString("base64") }));
      return;
    }
    if (request.method === "POST" && request.url === "/tsa") {
      state.requests.tsa++;
      response.writeHead(200, { "content-type": "application/timestamp-reply" }).end(answerTimestampRequest(body));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    signerUrl: `${base}/signer`,
    tsaUrl: `${base}/tsa`,
    get requests() {
      return state.requests;
    },
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
