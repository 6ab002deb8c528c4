export * from './audit.entities.js';
export { AuditModule } from './audit.module.js';
export { AuditService, type AuditEntry, type Betrokkene } from './audit.service.js';
