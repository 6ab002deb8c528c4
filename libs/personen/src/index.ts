export { Persoon, PersoonSleutel, PERSONEN_ENTITIES } from './persoon.entity.js';
export { PersonenModule } from './personen.module.js';
export {
  PersonenService,
  gegevensVernietigd,
  verwerkingBeperkt,
  type ActieveBeperking,
  type Beperkingssoort,
  sleutelringUit,
  type GelezenPersoon,
} from './personen.service.js';
export { PersonenRotatie } from './personen-rotatie.js';
export { PersonenBundel } from './personen-bundel.js';
export {
  GEMEENTECODES as CBS_GEMEENTECODES,
  IDENTITEITSVELDEN,
  valideerIdentiteit,
  type Identiteit,
  type Identiteitsveld,
} from './identiteit.js';
export {
  GegevensOnleesbaarError,
  Inhoudskluis,
  SleutelOnbekendError,
  Sleutelring,
  bsnIndex,
} from './personen-crypto.js';
