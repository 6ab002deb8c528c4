import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { API_VERSION } from '../openapi/openapi.js';
import { DatabaseConnection } from './database-connection.js';
import { InstanceStart } from './instance-start.entity.js';

/** Records each start of the API (version, database mode, Node version) for operations. */
@Injectable()
export class InstanceStartService implements OnApplicationBootstrap {
  constructor(
    @InjectRepository(InstanceStart) private readonly starts: Repository<InstanceStart>,
    private readonly connection: DatabaseConnection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.starts.insert({
      appVersion: API_VERSION,
      databaseMode: this.connection.mode,
      nodeVersion: process.version,
    });
  }

  count(): Promise<number> {
    return this.starts.count();
  }
}
