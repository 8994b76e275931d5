/**
 * Serves the static export in out/ the way a static host or CDN would: clean URLs
 * (/django/orm → django/orm.html), 404.html with a 404 status for anything else, and the
 * security headers of public/_headers on every response, so the app and its end-to-end tests run
 * under the policy a deployment gets.
 *
 *   PORT=3000 HOST=localhost node scripts/serve.mjs [dir]     (dir defaults to out)
 */
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import handler from "serve-handler";
import { readHeaders, toServeHandler } from "./headers.mjs";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";
const root = process.argv[2] ?? "out";

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`${root}/ has no build: run \`npm run build\` first (npm start does both).`);
  process.exit(1);
}

const headers = toServeHandler(readHeaders());

const server = http.createServer((req, res) =>
  handler(req, res, {
    public: root,
    headers,
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
  }),
);

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") {
    console.error(`Port ${port} is already in use. Stop the other server, or choose another port: PORT=${port + 1} npm run serve`);
  } else {
    console.error(`Could not serve ${root}/ on http://${host}:${port}/: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`PrepDeck is running at http://${host}:${port}/  (Ctrl+C to stop)`);
});
