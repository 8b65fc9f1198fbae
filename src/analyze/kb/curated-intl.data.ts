/**
 * @module analyze/kb/curated-intl.data
 * Hand-curated office-holders of the EU institutions, NATO, the UN system and other international bodies.
 * Same row format and caveats as curated.data.ts; `// uncertain` marks dates or roles to verify.
 */
import { type CuratedPerson, DEF, GOV } from './curated.data.js';

export const CURATED_INTL: readonly CuratedPerson[] = [
  // ── European Union ──
  [
    'Ursula von der Leyen',
    'DEU',
    ['von der Leyen', 'Ursula Gertrud von der Leyen', 'Ursula von Der Leyen'],
    [
      ['Defence Minister', DEF('DEU'), '2013-12-17', '2019-07-17'],
      ['President of the European Commission', 'org:igo:european-commission', '2019-12-01', ''],
    ],
  ],
  [
    'Kaja Kallas',
    'EST',
    ['Kallas'],
    [
      ['Prime Minister', GOV('EST'), '2021-01-26', '2024-07-23'],
      ['High Representative for Foreign Affairs and Security Policy', 'org:igo:eu', '2024-12-01', ''],
    ],
  ],
  [
    'António Costa',
    'PRT',
    ['Antonio Costa'],
    [
      ['Prime Minister', GOV('PRT'), '2015-11-26', '2024-04-02'],
      ['President of the European Council', 'org:igo:european-council', '2024-12-01', ''],
    ],
  ],
  [
    'Charles Michel',
    'BEL',
    [],
    [['President of the European Council', 'org:igo:european-council', '2019-12-01', '2024-11-30']],
  ],
  [
    'Josep Borrell',
    'ESP',
    ['Borrell'],
    [['High Representative for Foreign Affairs and Security Policy', 'org:igo:eu', '2019-12-01', '2024-11-30']],
  ],
  [
    'Roberta Metsola',
    'MLT',
    ['Metsola'],
    [['President of the European Parliament', 'org:igo:european-parliament', '2022-01-18', '']],
  ],
  [
    'Christine Lagarde',
    'FRA',
    ['Lagarde'],
    [
      ['Managing Director of the IMF', 'org:igo:imf', '2011-07-05', '2019-09-12'],
      ['President of the European Central Bank', 'org:igo:ecb', '2019-11-01', ''],
    ],
  ],
  [
    'Maroš Šefčovič',
    'SVK',
    ['Maros Sefcovic', 'Šefčovič'],
    [['EU Trade Commissioner', 'org:igo:european-commission', '2024-12-01', '']],
  ],
  [
    'Paula Pinho',
    'PRT',
    [],
    [['Chief Spokesperson of the European Commission', 'org:igo:european-commission', '2024-12-01', '']],
  ], // uncertain
  ['Anitta Hipper', '', [], [['EU foreign affairs spokesperson', 'org:igo:eeas', '2024-12-01', '']]], // uncertain
  // ── NATO, UN and other international bodies ──
  [
    'Mark Rutte',
    'NLD',
    ['Rutte'],
    [
      ['Prime Minister', GOV('NLD'), '2010-10-14', '2024-07-02'],
      ['Secretary General', 'org:igo:nato', '2024-10-01', ''],
    ],
  ],
  [
    'Jens Stoltenberg',
    'NOR',
    ['Stoltenberg'],
    [
      ['Secretary General', 'org:igo:nato', '2014-10-01', '2024-10-01'],
      ['Finance Minister', GOV('NOR'), '2025-02-04', ''],
    ],
  ],
  [
    'António Guterres',
    'PRT',
    ['Antonio Guterres', 'Guterres'],
    [['Secretary-General', 'org:igo:un', '2017-01-01', '']],
  ],
  ['Ban Ki-moon', 'KOR', ['Ban Ki Moon'], [['Secretary-General', 'org:igo:un', '2007-01-01', '2016-12-31']]],
  [
    'Stéphane Dujarric',
    'FRA',
    ['Stephane Dujarric', 'Dujarric'],
    [['Spokesperson for the Secretary-General', 'org:igo:un', '2014-03-01', '']],
  ], // uncertain start day
  ['Farhan Haq', 'USA', [], [['Deputy Spokesperson for the Secretary-General', 'org:igo:un', '2014-03-01', '']]], // uncertain start
  [
    'Rafael Grossi',
    'ARG',
    ['Rafael Mariano Grossi', 'Grossi'],
    [['Director General', 'org:igo:iaea', '2019-12-03', '']],
  ],
  [
    'Tedros Adhanom Ghebreyesus',
    'ETH',
    ['Tedros Adhanom', 'Tedros', 'Dr Tedros'],
    [['Director-General', 'org:igo:who', '2017-07-01', '']],
  ],
  ['Kristalina Georgieva', 'BGR', ['Georgieva'], [['Managing Director', 'org:igo:imf', '2019-10-01', '']]],
  ['Ajay Banga', 'USA', ['Banga'], [['President', 'org:igo:world-bank', '2023-06-02', '']]],
  ['Ngozi Okonjo-Iweala', 'NGA', ['Okonjo-Iweala'], [['Director-General', 'org:igo:wto', '2021-03-01', '']]],
  [
    'Volker Türk',
    'AUT',
    ['Volker Turk', 'Türk'],
    [['UN High Commissioner for Human Rights', 'org:igo:ohchr', '2022-10-17', '']],
  ],
  [
    'Filippo Grandi',
    'ITA',
    ['Grandi'],
    [['UN High Commissioner for Refugees', 'org:igo:unhcr', '2016-01-01', '2025-12-31']],
  ],
  ['Tom Fletcher', 'GBR', [], [['Under-Secretary-General for Humanitarian Affairs', 'org:igo:ocha', '2024-11-18', '']]],
  ['Philippe Lazzarini', 'CHE', ['Lazzarini'], [['Commissioner-General', 'org:igo:unrwa', '2020-04-01', '']]],
  ['Catherine Russell', 'USA', [], [['Executive Director', 'org:igo:unicef', '2022-02-01', '']]],
  ['Cindy McCain', 'USA', [], [['Executive Director', 'org:igo:wfp', '2023-04-05', '']]],
  ['Karim Khan', 'GBR', ['Karim A. A. Khan'], [['Prosecutor', 'org:igo:icc', '2021-06-16', '']]], // on leave since May 2025
  ['Feridun Sinirlioğlu', 'TUR', ['Feridun Sinirlioglu'], [['Secretary General', 'org:igo:osce', '2024-12-04', '']]],
  ['Alain Berset', 'CHE', ['Berset'], [['Secretary General', 'org:igo:council-of-europe', '2024-09-18', '']]],
  [
    'Leo XIV',
    'VAT',
    ['Pope Leo XIV', 'Pope Leo', 'Robert Francis Prevost', 'Robert Prevost'],
    [['Pope', GOV('VAT'), '2025-05-08', '']],
  ],
  ['Francis', 'VAT', ['Pope Francis', 'Jorge Mario Bergoglio'], [['Pope', GOV('VAT'), '2013-03-13', '2025-04-21']]],
];
