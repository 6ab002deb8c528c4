import { startGetuige } from '@schakel/audit';

/**
 * `npm run audit:getuige`: a witness that a partner organisation runs on its own machine, so
 * that Schakel's administrators cannot rewrite or roll back the audit trail unseen (ADR 0010).
 */
startGetuige(process.env);
