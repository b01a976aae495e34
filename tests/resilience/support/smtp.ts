import net from "node:net";

/**
 * A tiny SMTP sink for the job worker's emails. While `hold` is on it accepts
 * connections and says nothing, so a sending job stays RUNNING for as long as
 * the test likes; released, it speaks just enough SMTP to accept mail.
 */
export class SmtpSink {
  readonly messages: string[] = [];
  readonly held = new Set<net.Socket>();
  private holding = true;
  private readonly server = net.createServer((socket) => this.accept(socket));

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  /** From now on every connection is served; held ones are dropped (their sender is gone or will retry). */
  release() {
    this.holding = false;
    for (const socket of this.held) socket.destroy();
    this.held.clear();
  }

  private accept(socket: net.Socket) {
    socket.on("error", () => {});
    if (this.holding) {
      this.held.add(socket);
      socket.on("close", () => this.held.delete(socket));
      return;
    }
    this.serve(socket);
  }

  private serve(socket: net.Socket) {
    let buffer = "";
    let inData = false;
    let data = "";
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          this.messages.push(data);
          data = "";
          socket.write("250 queued\r\n");
          continue;
        }
        const end = buffer.indexOf("\r\n");
        if (end < 0) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 sink\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  }

  async close() {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
