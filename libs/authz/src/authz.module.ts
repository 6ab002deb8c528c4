import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@schakel/audit';
import { IdentityModule } from '@schakel/identity';
import { RefusalRecorder } from '@schakel/platform';
import { PurposeModule, PurposeService } from '@schakel/purpose';
import { AuthzGuard } from './authz.guard.js';
import { DoorbraakController } from './doorbraak.controller.js';
import { Doorbraak, DoorbraakBeoordeling } from './doorbraak.entity.js';
import { DoorbraakService } from './doorbraak.service.js';
import { FieldsInterceptor } from './fields.interceptor.js';
import { RateLimitInterceptor } from './rate-limit.interceptor.js';
import { RefusalAudit } from './refusal-audit.js';
import { DoorbraakBeoordelen } from './stappen/doorbraak-beoordelen.js';
import { DoorbraakLezen } from './stappen/doorbraak-lezen.js';
import { DoorbraakOpenen } from './stappen/doorbraak-openen.js';
import { GuardedStep } from './step/guarded-step.js';
import { regelkennis } from './regelkennis.js';

/** Authorization: the global deny-by-default guard, abilities, break the glass. */
@Module({
  imports: [
    IdentityModule,
    PurposeModule,
    AuditModule,
    TypeOrmModule.forFeature([Doorbraak, DoorbraakBeoordeling]),
  ],
  controllers: [DoorbraakController],
  providers: [
    DoorbraakService,
    DoorbraakOpenen,
    DoorbraakLezen,
    DoorbraakBeoordelen,
    GuardedStep,
    RefusalAudit,
    { provide: RefusalRecorder, useExisting: RefusalAudit },
    { provide: APP_GUARD, useClass: AuthzGuard },
    { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor },
    { provide: APP_INTERCEPTOR, useClass: FieldsInterceptor },
  ],
  exports: [DoorbraakService, DoorbraakOpenen, DoorbraakLezen, GuardedStep],
})
export class AuthzModule implements OnModuleInit {
  constructor(private readonly purpose: PurposeService) {}

  /** The register may only name roles these rules know under an activity (ADR 0018). */
  onModuleInit(): void {
    this.purpose.registreerRegelkennis(regelkennis());
  }
}
