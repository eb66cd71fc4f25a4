// Registers the 'electron' → fake loader hook (run with: node --import tsx --import ./register.mjs …).
import { register } from 'node:module';

register('./electron-hook.mjs', import.meta.url);
