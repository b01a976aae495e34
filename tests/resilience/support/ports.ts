import net from "node:net";

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const taken = new Set<number>();

/**
 * A port nobody listens on. `rangeVariable` names an environment variable such
 * as RESILIENCE_WEB_PORTS=3700-3750 for machines where processes share port
 * ranges; without it the operating system picks one.
 */
export async function freePort(rangeVariable: string): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env[rangeVariable] ?? "");
  if (range) {
    for (let port = Number(range[1]); port <= Number(range[2]); port++) {
      if (!taken.has(port) && (await isFree(port))) {
        taken.add(port);
        return port;
      }
    }
    throw new Error(`no free port in ${rangeVariable}=${process.env[rangeVariable]}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
