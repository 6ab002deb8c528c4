export { RechtenModule } from './rechten.module.js';
export { ACHTERHOUDEN, RECHTEN_ACTIVITEIT } from './stappen/inzage.js';
export { plusMaanden, termijn, type Termijn } from './termijn.js';
export { Rectificatiemeldingen } from './stappen/rectificatiemeldingen.js';
