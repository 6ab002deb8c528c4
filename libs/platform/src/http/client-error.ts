import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../problem/problem.js';

const logger = new Logger('HttpParser');

/** What Node's parser refuses before Express sees a request, and how Schakel answers it. */
const ONLEESBAAR = {
  reason: 'Bad Request',
  code: 'onleesbaar-verzoek',
  title: 'Onleesbaar verzoek',
  detail: 'Het verzoek is geen geldig HTTP-verzoek.',
};
const PARSER_PROBLEMS: Record<number, typeof ONLEESBAAR> = {
  400: ONLEESBAAR,
  408: {
    reason: 'Request Timeout',
    code: 'verzoek-verlopen',
    title: 'Verzoek verlopen',
    detail: 'Het verzoek kwam niet op tijd volledig binnen.',
  },
  413: {
    reason: 'Payload Too Large',
    code: 'verzoek-te-groot',
    title: 'Verzoek te groot',
    detail: 'Het verzoek is groter dan toegestaan.',
  },
  431: {
    reason: 'Request Header Fields Too Large',
    code: 'kopregels-te-groot',
    title: 'Kopregels te groot',
    detail: 'De verzoekregel of de kopregels van het verzoek zijn groter dan toegestaan.',
  },
};

/** The status Node itself would give a parser error (its defaults, kept). */
export function parserStatus(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return 413;
  return 400;
}

/** The raw HTTP/1.1 answer for a request Node's parser refused: problem+json, then close. */
export function clientErrorResponse(status: number, id = randomUUID(), head = false): string {
  const p = PARSER_PROBLEMS[status] ?? ONLEESBAAR;
  const problem: ProblemDetails = {
    type: problemType(p.code),
    title: p.title,
    status,
    detail: p.detail,
    instance: `urn:uuid:${id}`,
  };
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${String(status)} ${p.reason}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    `Content-Length: ${String(Buffer.byteLength(body))}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    `X-Request-ID: ${id}`,
    'Connection: close',
    '',
    // A HEAD request gets the headers only: a body would be read as the next answer.
    head ? '' : body,
  ].join('\r\n');
}

/**
 * Node answers a request it cannot parse (a broken request line, headers over the limit, a
 * timeout) itself, with an empty text answer. This handler answers those as problem+json like
 * every other refusal, logs the parser's code (never the bytes, they may hold personal data)
 * and closes the connection.
 */
export function setupClientErrors(server: Server): void {
  server.on(
    'clientError',
    (err: Error & { code?: string; rawPacket?: unknown }, socket: Socket) => {
      if (err.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const status = parserStatus(err.code);
      const id = randomUUID();
      logger.warn({ code: err.code, status, requestId: id }, 'Unparsable request refused');
      // A response already under way on this connection cannot be followed by another one.
      if (
        (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent
      ) {
        socket.destroy();
        return;
      }
      const head =
        Buffer.isBuffer(err.rawPacket) &&
        err.rawPacket.subarray(0, 5).toString('latin1') === 'HEAD ';
      socket.end(clientErrorResponse(status, id, head));
    },
  );
}
