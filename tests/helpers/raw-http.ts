/**
 * HTTP/1.1 over a raw socket, for requests that fetch() would tidy up before sending (dot
 * segments, %2e%2e, doubled slashes, backslashes, absolute-form targets). The request is sent
 * exactly as written; the response is read until the server closes the connection (we send
 * `Connection: close`), with a time limit and a size limit so a test can never hang.
 */
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawRequest {
  method?: string;
  /** The request target exactly as it goes on the wire. */
  target: string;
  headers?: Record<string, string>;
  /** HTTP version on the request line (default HTTP/1.1). */
  version?: string;
}

export function rawRequest(port: number, request: RawRequest, timeoutMs = 5000, maxBytes = 8 << 20): Promise<RawResponse> {
  const headers = { Host: `127.0.0.1:${port}`, Connection: 'close', ...request.headers };
  const head = `${request.method ?? 'GET'} ${request.target} ${request.version ?? 'HTTP/1.1'}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(head, 'latin1'));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no complete response to ${request.method ?? 'GET'} ${request.target} within ${timeoutMs} ms`)));
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) socket.destroy(new Error(`response to ${request.target} is over ${maxBytes} bytes`));
      else chunks.push(chunk);
    });
    socket.on('error', fail);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const statusLine = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(text);
      if (!statusLine || end < 0) {
        fail(new Error(`not an HTTP response to ${request.target}: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const parsed: Record<string, string> = {};
      for (const line of text.slice(0, end).split('\r\n').slice(1)) {
        const at = line.indexOf(':');
        if (at > 0) parsed[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      let body = text.slice(end + 4);
      if (parsed['transfer-encoding']?.toLowerCase() === 'chunked') body = dechunk(body);
      ok({ status: Number(statusLine[1]), headers: parsed, body: Buffer.from(body, 'latin1').toString('utf8') });
    });
  });
}

function dechunk(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; ) {
    const eol = text.indexOf('\r\n', at);
    const size = parseInt(text.slice(at, eol), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out += text.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
  return out;
}

export function basicAuth(user: string, password: string): Record<string, string> {
  return { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
