import type { EntityManager } from 'typeorm';
import { Bezorging } from './bezorging.entity.js';

/** A delivery as the rules know it (the attributes their conditions name, BEZORGING_KOLOMMEN). */
export const bezorgingOnderwerp = (b: Bezorging): Record<string, unknown> => ({
  id: b.id,
  ontvangerCode: b.ontvangerCode,
  soort: b.soort,
  status: b.status,
});

/** One delivery by id, locked for the caller's transaction; null for an unknown or malformed id. */
export function vergrendelOpId(m: EntityManager, id: string): Promise<Bezorging | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return m
    .getRepository(Bezorging)
    .createQueryBuilder('b')
    .setLock('pessimistic_write')
    .where('b.id = :id', { id })
    .getOne();
}

/** How the outbox stands per receiver and status, with the oldest waiting delivery's age. */
export async function bezorgStand(
  m: EntityManager,
): Promise<{ ontvanger: string; status: string; aantal: number; oudsteOp: Date | null }[]> {
  const rijen = await m.query<
    { ontvanger: string; status: string; aantal: string; oudste: Date | null }[]
  >(
    `SELECT ontvanger_code AS ontvanger, status, count(*) AS aantal, min(aangemaakt_op) AS oudste
       FROM bezorging WHERE status <> 'bezorgd'
      GROUP BY ontvanger_code, status ORDER BY ontvanger_code, status`,
  );
  return rijen.map((r) => ({
    ontvanger: r.ontvanger,
    status: r.status,
    aantal: Number(r.aantal),
    oudsteOp: r.oudste ? new Date(r.oudste) : null,
  }));
}
