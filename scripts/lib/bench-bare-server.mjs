// The bare node:http server `npm run bench` compares the public results page with: it answers every request
// with the bytes, content type and content encoding the app sent for that page.
// Usage: node bench-bare-server.mjs <body file> <content type> [content encoding]
// It listens on 127.0.0.1, a free port, and prints that port on its first line.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [file, contentType, contentEncoding] = process.argv.slice(2);
const body = readFileSync(file);
const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType, ...(contentEncoding ? { "Content-Encoding": contentEncoding } : {}), "Content-Length": body.length });
  response.end(body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
