// tsx lib/ops/serve.ts — serves the built app (`next build`) on PORT (default 3000), like
// `next start`, through Next's custom-server API. It exists for one reason: the App Router gives
// server actions, route handlers and next-auth no remote address, so this server writes the TCP
// peer's into PEER_HEADER on every request, after deleting whatever the client sent under that
// name (lib/auth/client-address.ts decides from it, and from X-Forwarded-For behind a proxy).
// NEXT_DIST_DIR (read by next.config.ts) picks the build; HOSTNAME the interface (default all).
import { createServer, type IncomingMessage } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { PEER_HEADER, peerAddress } from "@/lib/auth/client-address";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

function stampPeer(request: IncomingMessage): void {
  delete request.headers[PEER_HEADER];
  request.headers[PEER_HEADER] = peerAddress(request.socket.remoteAddress);
}

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME;
const app = next({ dev: false, dir: REPO_ROOT, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  stampPeer(request);
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Тандем: http://${hostname ?? "localhost"}:${port}`));

const stop = () => process.exit(0);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
