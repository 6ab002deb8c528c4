import { Module } from '@nestjs/common';
import { AuthzModule } from '@schakel/authz';
import { CijfersController } from './cijfers.controller.js';
import { CijfersRepository } from './cijfers.repository.js';
import { Exporteren } from './stappen/exporteren.js';
import { RegioTellen } from './stappen/regio-tellen.js';
import { VtTellen } from './stappen/vt-tellen.js';

/** Figures without persons: the joint safety picture and the VT accounts (ADR 0030). */
@Module({
  imports: [AuthzModule],
  controllers: [CijfersController],
  providers: [CijfersRepository, RegioTellen, Exporteren, VtTellen],
})
export class CijfersModule {}
