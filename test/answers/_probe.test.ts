import { it } from 'vitest';
import { ask, refused, text, ROUTING_FULL } from '../helpers/ask-kit.js';
it('probe', () => { for (const q of ['my friend matched peds with 225, so am i safe?', 'am i safe?', 'am i safe for peds?', 'my friend matched with 225 so will i match?', 'is my score safe for peds']) console.log('Q:', q, refused(ask(q, ROUTING_FULL)), '|', text(ask(q, ROUTING_FULL)).slice(0, 150).replace(/\n/g,' ')); });
