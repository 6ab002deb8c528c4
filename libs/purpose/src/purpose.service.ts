import { readFileSync } from 'node:fs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProblemException, notFound } from '@schakel/platform';
import { DataSource, type Repository } from 'typeorm';
import type {
  NieuweVerwerkingsactiviteit,
  VerwerkingsactiviteitInhoud,
} from './dto/verwerkingsactiviteit.dto.js';
import { Doelcompatibiliteit, Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

interface RegisterData {
  verwerkingsactiviteiten: Omit<
    Verwerkingsactiviteit,
    'versie' | 'vastgelegdDoor' | 'vastgelegdOp'
  >[];
  doelcompatibiliteit: Doelcompatibiliteit[];
}

/** The activity (id and version) a request is bound to. */
export interface GebondenDoel {
  id: string;
  versie: number;
  grondslag: string;
}

/**
 * The register of processing activities (AVG art. 30) and purpose binding: which activity a
 * request serves, whether this actor may act under it, and which purposes are compatible.
 */
@Injectable()
export class PurposeService implements OnModuleInit {
  constructor(
    @InjectRepository(Verwerkingsactiviteit)
    private readonly activiteiten: Repository<Verwerkingsactiviteit>,
    @InjectRepository(Doelcompatibiliteit)
    private readonly compatibiliteit: Repository<Doelcompatibiliteit>,
    private readonly dataSource: DataSource,
  ) {}

  /** Reads the seed register: first versions of activities the table does not know yet. */
  async onModuleInit(): Promise<void> {
    const data = JSON.parse(
      readFileSync(new URL('./data/verwerkingsregister.json', import.meta.url), 'utf8'),
    ) as RegisterData;
    const known = new Set(
      (await this.activiteiten.find({ select: { id: true } })).map((a) => a.id),
    );
    const nieuw = data.verwerkingsactiviteiten.filter((a) => !known.has(a.id));
    if (nieuw.length > 0) {
      await this.activiteiten.insert(
        nieuw.map((a) => ({ ...a, versie: 1, vastgelegdDoor: 'seed' })),
      );
    }
    await this.compatibiliteit.upsert(data.doelcompatibiliteit, [
      'vanActiviteit',
      'naarActiviteit',
    ]);
  }

  /** The version of each activity in force today. */
  async current(): Promise<Verwerkingsactiviteit[]> {
    return this.activiteiten
      .createQueryBuilder('a')
      .distinctOn(['a.id'])
      .where('a.geldig_vanaf <= CURRENT_DATE')
      .orderBy('a.id')
      .addOrderBy('a.versie', 'DESC')
      .getMany();
  }

  async currentOf(id: string): Promise<Verwerkingsactiviteit | null> {
    return this.activiteiten
      .createQueryBuilder('a')
      .where('a.id = :id AND a.geldig_vanaf <= CURRENT_DATE', { id })
      .orderBy('a.versie', 'DESC')
      .limit(1)
      .getOne();
  }

  versions(id: string): Promise<Verwerkingsactiviteit[]> {
    return this.activiteiten.find({ where: { id }, order: { versie: 'ASC' } });
  }

  compatibilityTable(): Promise<Doelcompatibiliteit[]> {
    return this.compatibiliteit.find({ order: { vanActiviteit: 'ASC', naarActiviteit: 'ASC' } });
  }

  /** May data collected under `van` be used under `naar` (AVG art. 6(4))? */
  async isCompatible(van: string, naar: string): Promise<boolean> {
    if (van === naar) return true;
    return this.compatibiliteit.existsBy({ vanActiviteit: van, naarActiviteit: naar });
  }

  /**
   * Binds a request to the activity it names: 400 when missing or unknown, 403 when none of
   * the actor's roles may act under it.
   */
  async bind(activiteitId: string | undefined, rollen: readonly string[]): Promise<GebondenDoel> {
    if (!activiteitId) {
      throw new ProblemException(
        400,
        'doel-ontbreekt',
        'Verwerkingsactiviteit ontbreekt',
        'Noem in de header Verwerkingsactiviteit de verwerkingsactiviteit (het doel) waarvoor u deze gegevens gebruikt.',
      );
    }
    const activiteit = /^[a-z][a-z0-9-]{2,63}$/.test(activiteitId)
      ? await this.currentOf(activiteitId)
      : null;
    if (!activiteit) {
      throw new ProblemException(
        400,
        'onbekende-verwerkingsactiviteit',
        'Onbekende verwerkingsactiviteit',
        'De genoemde verwerkingsactiviteit staat niet (of nog niet geldig) in het verwerkingsregister.',
      );
    }
    if (!rollen.some((r) => activiteit.toegestaneRollen.includes(r))) {
      throw new ProblemException(
        403,
        'doel-niet-toegestaan',
        'Doel niet toegestaan',
        'Met uw rol mag u niet handelen onder deze verwerkingsactiviteit.',
      );
    }
    return { id: activiteit.id, versie: activiteit.versie, grondslag: activiteit.grondslag };
  }

  async create(input: NieuweVerwerkingsactiviteit, door: string): Promise<Verwerkingsactiviteit> {
    if (await this.activiteiten.existsBy({ id: input.id })) {
      throw new ProblemException(
        409,
        'bestaat-al',
        'Bestaat al',
        'Er is al een verwerkingsactiviteit met deze id; wijzig die om een nieuwe versie te maken.',
      );
    }
    const row = this.activiteiten.create(
      Object.assign({}, input, { versie: 1, vastgelegdDoor: door }),
    );
    await this.activiteiten.insert(row);
    return await this.activiteiten.findOneByOrFail({ id: input.id, versie: 1 });
  }

  /** A change makes a new version; the old ones stay readable. */
  async newVersion(
    id: string,
    input: VerwerkingsactiviteitInhoud,
    door: string,
  ): Promise<Verwerkingsactiviteit> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Verwerkingsactiviteit);
      // Serialise concurrent changes of one activity.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`verwerkingsactiviteit:${id}`]);
      const last = await repo.findOne({ where: { id }, order: { versie: 'DESC' } });
      if (!last) {
        throw notFound('Deze verwerkingsactiviteit bestaat niet.');
      }
      const row = repo.create(
        Object.assign({}, input, { id, versie: last.versie + 1, vastgelegdDoor: door }),
      );
      await repo.insert(row);
      return repo.findOneByOrFail({ id, versie: last.versie + 1 });
    });
  }
}
