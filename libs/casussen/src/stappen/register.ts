import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import type { Uitwisselingsregister } from '../dto/casus.dto.js';
import { CasusStap } from './casus-stap.js';

/**
 * The exchange register for the FG: metadata of every exchange in cases the FG's
 * organisation takes or took part in (filtered in SQL), and the flows between organisations
 * per category. No content, no reasoning, no persons.
 */
@Injectable()
export class CasusRegister {
  constructor(private readonly stap: CasusStap) {}

  async register(ctx: StepContext, vanaf?: Date, tot?: Date): Promise<Uitwisselingsregister> {
    const register = await this.stap.registerVoorWeergave();
    return this.stap.guarded.overMany(ctx, {
      actie: 'read',
      type: 'Uitwisselingsregister',
      run: async (m) => {
        const rijen = await this.stap.repo.register(m, ctx.ability, vanaf, tot);
        return {
          result: this.stap.weergave.register(
            rijen,
            ctx.ability,
            ctx.actor.organisatie.code,
            register,
          ),
          log: { reden: `uitwisselingen:${String(rijen.length)}` },
        };
      },
    });
  }
}
