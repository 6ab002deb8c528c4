import { createServer, type Server } from 'node:http';
import { parseVerzoek, type Getuige } from './getuige.js';

const MAX_BODY = 64 * 1024;

/**
 * The witness over HTTP as C2SP tlog-witness has it: `POST /add-checkpoint` with `old <size>`,
 * the consistency proof and the signed checkpoint; 200 with the cosignature line, 409 with the
 * size it knows (`text/x.tlog.size`), 403/404/422 when it refuses. Nothing else is served.
 */
export function getuigeServer(getuige: Getuige): Server {
  return createServer((req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.url !== '/add-checkpoint') {
      send(404, 'niet gevonden\n');
      return;
    }
    if (req.method !== 'POST') {
      send(405, 'alleen POST\n');
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (c: Buffer) => {
      length += c.length;
      if (length > MAX_BODY) {
        send(413, 'te groot\n');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      let verzoek: ReturnType<typeof parseVerzoek>;
      try {
        verzoek = parseVerzoek(Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        send(400, `${(err as Error).message}\n`);
        return;
      }
      const a = getuige.voegToe(verzoek.oud, verzoek.bewijs, verzoek.notitie);
      if (a.status === 200) send(200, a.medeondertekening);
      else if (a.status === 409) send(409, `${String(a.grootte)}\n`, 'text/x.tlog.size');
      else send(a.status, `${a.reden}\n`);
    });
  });
}
