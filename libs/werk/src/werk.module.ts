import { Module } from '@nestjs/common';
import { AuthzModule } from '@schakel/authz';
import { CasussenModule } from '@schakel/casussen';
import { PurposeModule } from '@schakel/purpose';
import { VerantwoordingModule } from '@schakel/verantwoording';
import { ZorgmeldingenModule } from '@schakel/zorgmeldingen';
import { MijnWerk } from './mijn-werk.js';
import { WerkController } from './werk.controller.js';

/** "Mijn werk": each role's home, composed from the contexts' own piles (ADR 0026). */
@Module({
  imports: [AuthzModule, PurposeModule, ZorgmeldingenModule, CasussenModule, VerantwoordingModule],
  controllers: [WerkController],
  providers: [MijnWerk],
})
export class WerkModule {}
