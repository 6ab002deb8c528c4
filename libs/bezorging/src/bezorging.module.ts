import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { AuthzModule } from '@schakel/authz';
import { PersonenModule } from '@schakel/personen';
import { PurposeModule } from '@schakel/purpose';
import { Bezorger } from './bezorger.js';
import { BezorgingController } from './bezorging.controller.js';
import { BezorgPush, Bezorging, FeedTeller } from './bezorging.entity.js';
import { BezorgFeed } from './feed.js';
import { Onbestelbaar } from './onbestelbaar.js';
import { Ondertekening } from './ondertekening.js';
import { Uitgaand } from './uitgaand.js';

/** Reliable delivery (transactional outbox, push and pull) for any context that registers a source. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Bezorging, BezorgPush, FeedTeller]),
    AuditModule,
    AuthzModule,
    PersonenModule,
    PurposeModule,
  ],
  controllers: [BezorgingController],
  providers: [Uitgaand, Bezorger, BezorgFeed, Onbestelbaar, Ondertekening],
  exports: [Uitgaand, Bezorger],
})
export class BezorgingModule {}
