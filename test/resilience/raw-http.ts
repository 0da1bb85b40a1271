import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting to the end of the answer (or the close). */
  ms: number;
}

export interface RawRequest {
  method?: string;
  /** Sent as written: no URL parser touches it (default "/"). */
  target?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Text sent instead of the request line and headers built from the fields above. */
  raw?: string;
  /** Sent in pieces of this many bytes, `pauseMs` apart (a slow client). */
  drip?: { bytes: number; pauseMs: number };
}

function requestText({ method = 'GET', target = '/', headers = {}, body }: RawRequest): Buffer {
  const lines = [`${method} ${target} HTTP/1.1`];
  const all: Record<string, string> = { host: '127.0.0.1', connection: 'close', ...headers };
  if (body !== undefined && !Object.keys(all).some((h) => /^(content-length|transfer-encoding)$/i.test(h)))
    all['content-length'] = String(Buffer.byteLength(body));
  for (const [name, value] of Object.entries(all)) lines.push(`${name}: ${value}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(body ?? '')]);
}

function parseAnswer(text: string): Omit<RawAnswer, 'ms'> {
  const end = text.indexOf('\r\n\r\n');
  const head = end >= 0 ? text.slice(0, end) : text;
  const [statusLine, ...headerLines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: end >= 0 ? text.slice(end + 4) : '' };
}

/**
 * One HTTP/1.1 exchange over a fresh socket, with the bytes exactly as given: what a scanner
 * sends, not what a browser or fetch would let through. Gives up after `timeoutMs`.
 */
export function rawRequest(port: number, request: RawRequest, timeoutMs = 20_000): Promise<RawAnswer> {
  const bytes = request.raw !== undefined ? Buffer.from(request.raw, 'latin1') : requestText(request);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve({ ...parseAnswer(Buffer.concat(chunks).toString('utf8')), ms: performance.now() - started });
    };
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${request.method ?? 'GET'} ${request.target}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', finish);
    socket.on('error', () => {}); // a reset after the answer is still an answer
    socket.on('connect', () => {
      if (!request.drip) return void socket.write(bytes);
      const { bytes: size, pauseMs } = request.drip;
      let offset = 0;
      const next = () => {
        if (socket.destroyed || offset >= bytes.length) return;
        socket.write(bytes.subarray(offset, offset + size));
        offset += size;
        timer = setTimeout(next, pauseMs);
      };
      next();
    });
  });
}
