import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag } from './language.js';

const samples: Record<string, string> = {
  en: 'The government said on Tuesday that the new rules would come into force next year for all of the citizens.',
  de: 'Die Bundesregierung hat am Dienstag beschlossen, dass die neue Regelung ab dem kommenden Jahr für alle Bürger gilt.',
  fr: 'Le gouvernement a annoncé mardi que la nouvelle réglementation entrera en vigueur dans les prochains mois pour tous.',
  es: 'El gobierno anunció el martes que la nueva normativa entrará en vigor en los próximos meses para todos los ciudadanos.',
  it: 'Il governo ha annunciato martedì che la nuova normativa entrerà in vigore nei prossimi mesi per tutti i cittadini.',
  pt: 'O governo anunciou na terça-feira que a nova regulamentação entrará em vigor nos próximos meses para todos os cidadãos.',
  nl: 'De regering heeft dinsdag aangekondigd dat de nieuwe regeling in de komende maanden van kracht wordt voor alle burgers.',
  ru: 'Правительство объявило во вторник, что новое регулирование вступит в силу в ближайшие месяцы для всех граждан, и это так.',
  uk: 'Уряд оголосив у вівторок, що нове регулювання набуде чинності найближчими місяцями для всіх громадян.',
  pl: 'Rząd ogłosił we wtorek, że nowe przepisy wejdą w życie w najbliższych miesiącach dla wszystkich obywateli i nie tylko.',
  sv: 'Regeringen meddelade på tisdagen att den nya regleringen träder i kraft under de kommande månaderna för alla medborgare.',
  tr: 'Hükümet salı günü yeni düzenlemenin önümüzdeki aylarda tüm vatandaşlar için yürürlüğe gireceğini açıkladı ve bu çok önemli bir karar.',
};

describe('detectLanguage', () => {
  for (const [code, text] of Object.entries(samples)) {
    it(`language: detects ${code}`, () => {
      expect(detectLanguage(text)?.code).toBe(code);
    });
  }

  it('language: says nothing about too little text', () => {
    expect(detectLanguage('Hello')).toBeNull();
  });

  it('language: normalises tags', () => {
    expect(normaliseLanguageTag('en-US')).toBe('en');
    expect(normaliseLanguageTag('de_DE')).toBe('de');
    expect(normaliseLanguageTag('not a tag')).toBeNull();
  });
});
