import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { notFound, Public, RateLimit } from '@schakel/platform';
import type { Request, Response } from 'express';
import { HASH_SIZE } from './merkle/merkle.js';
import { leesTegelPad, tegelBreedte } from './merkle/tegels.js';
import { ProofService } from './proof.service.js';
import { leesTegels } from './tegel-opslag.js';
import { DataSource } from 'typeorm';

/**
 * The audit trail as a C2SP tiled transparency log (https://c2sp.org/tlog-tiles) under the
 * prefix `/api/v1/audit/tlog`: `checkpoint` (the latest signed note) and the hash tiles
 * `tile/<L>/<N>[.p/<W>]`. Any tlog client (or a witness) checks the log with them without an
 * account. Entry bundles (`tile/entries/…`) are not served: the leaves are log records about
 * people, which only FGs may read. A protocol of its own, so outside the OpenAPI document
 * (like `/metrics`); rate-limited as the other proof routes.
 */
@ApiExcludeController()
@Controller('audit/tlog')
@Public()
@RateLimit('bewijs')
export class TlogController {
  constructor(
    private readonly proofs: ProofService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('checkpoint')
  async checkpoint(@Res() res: Response): Promise<void> {
    const c = await this.proofs.latest();
    if (!c.notitie) throw notFound('Er is nog geen checkpoint als signed note.');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/plain; charset=utf-8').send(c.notitie);
  }

  @Get('tile/*pad')
  async tile(@Req() req: Request, @Res() res: Response): Promise<void> {
    const pad = req.path.slice(req.path.indexOf('/tile/') + '/tile/'.length);
    const t = leesTegelPad(pad);
    if (!t) throw notFound('Deze tegel bestaat niet.');
    const grootte = Number((await this.proofs.latest()).treeSize);
    if (t.breedte > tegelBreedte(t.niveau, t.index, grootte)) {
      throw notFound('Deze tegel bestaat (nog) niet.');
    }
    const hashes = (await leesTegels(this.dataSource.manager, [t])).get(
      `${String(t.niveau)}/${String(t.index)}`,
    );
    if (!hashes || hashes.length < t.breedte * HASH_SIZE) {
      throw notFound('Deze tegel bestaat (nog) niet.');
    }
    // A tile of a given width never changes: full and partial tiles alike.
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type('application/octet-stream').send(hashes.subarray(0, t.breedte * HASH_SIZE));
  }
}
