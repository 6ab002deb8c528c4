import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorResolver } from './actor.resolver.js';
import { AuthController } from './auth.controller.js';
import { Gebruiker } from './gebruiker.entity.js';
import { IdentityService } from './identity.service.js';
import { OidcService } from './oidc.service.js';
import { Organisatie } from './organisatie.entity.js';
import { Sessie } from './sessie.entity.js';

/** Login, sessions, system clients, organisations and users: who the actor is. */
@Module({
  imports: [TypeOrmModule.forFeature([Organisatie, Gebruiker, Sessie])],
  controllers: [AuthController],
  providers: [IdentityService, OidcService, ActorResolver],
  exports: [IdentityService, OidcService, ActorResolver],
})
export class IdentityModule {}
