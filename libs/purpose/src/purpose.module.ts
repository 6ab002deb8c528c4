import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { IdentityModule } from '@schakel/identity';
import { PurposeController } from './purpose.controller.js';
import { PurposeService } from './purpose.service.js';
import { Doelcompatibiliteit, Verwerkingsactiviteit } from './verwerkingsactiviteit.entity.js';

/** The register of processing activities and purpose binding. */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    TypeOrmModule.forFeature([Verwerkingsactiviteit, Doelcompatibiliteit]),
  ],
  controllers: [PurposeController],
  providers: [PurposeService],
  exports: [PurposeService],
})
export class PurposeModule {}
