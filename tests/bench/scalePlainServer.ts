// The reference of the county-layer throughput (scaleThroughput.ts): a bare node:http server that answers
// every GET with the same brotli bytes read once from a file. Usage: scalePlainServer.ts FILE TYPE PORT.
// It listens on loopback only and is stopped by the bench that started it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType, port] = process.argv.slice(2);
const body = readFileSync(file!);

createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': contentType!,
    'content-encoding': 'br',
    'content-length': body.length,
    vary: 'Accept-Encoding',
  });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('listening\n'));
