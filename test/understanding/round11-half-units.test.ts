// Round 11 (understand11b): half units in every language the layer reads ("dedh mahina" 1.5, "saadhe teen" 3.5,
// "mes y medio" 1.5), and a length followed by "ago" or "pehle" is a point in time, never more months of experience.
// Messages written in our own words; the look-alikes use the same words in another sense and must not add a half.
import { describe, expect, it } from 'vitest';
import { read } from './read-message.js';

const months = (message: string) => (read('usce', message).got.usce as { months?: number } | undefined)?.months;

describe('a half told before or after the number is half a unit more', () => {
  it.each([
    ['dedh mahina observership kiya Boston mein', 1.5],
    ['dhai mahine hands on kiya tha Ohio mein', 2.5],
    ['saadhe do mahine observership kiya Texas mein', 2.5],
    ['saadhe char mahine externship ki hai Michigan mein', 4.5],
    ['aadha saal hands on kiya tha Florida mein', 6],
    ['teen hafte observership kiya NY mein', 0.8],
    ['hice mes y medio de observership en Houston', 1.5],
    ['tengo tres meses y medio de hands on en Miami', 3.5],
    ['fiz mes e meio de estagio observacional em Chicago', 1.5],
    ['dois meses e meio de observership em Nova Jersey', 2.5],
  ])('%s', (message, want) => {
    expect(months(message)).toBeCloseTo(want, 1);
  });
});

describe('look-alikes: a half that is no part of the length, a length that is a time ago', () => {
  it.each([
    ['2 months observership in Chicago, about 1.5 years ago', 2],
    ['did 3 months hands-on in Texas 18 months ago', 3],
    ['do mahine observership kiya Chicago mein, dedh saal pehle', 2],
    ['teen mahine hands on kiya, do saal pehle', 3],
    ['hice 2 meses de observership en Miami en medio de la pandemia', 2],
    ['3 meses de hands on en Texas, medio tiempo', 3],
    ['obs de 2 meses em Boston, meio periodo', 2],
    ['saadhe teen baje call tha, do mahine observership kiya', 2],
  ])('%s', (message, want) => {
    expect(months(message)).toBe(want);
  });
});
