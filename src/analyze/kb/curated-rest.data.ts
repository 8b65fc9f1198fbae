/**
 * @module analyze/kb/curated-rest.data
 * Hand-curated office-holders of the Americas, other European states, Asia-Pacific and Africa.
 * Same row format and caveats as curated.data.ts; `// uncertain` marks dates or roles to verify.
 */
import { type CuratedPerson, DEF, GOV, MFA, PRES } from './curated.data.js';

export const CURATED_REST: readonly CuratedPerson[] = [
  // ── Americas ──
  [
    'Luiz Inácio Lula da Silva',
    'BRA',
    ['Lula', 'Lula da Silva', 'Luiz Inacio Lula da Silva', 'Luis Inacio Lula da Silva'],
    [
      ['President', PRES('BRA'), '2003-01-01', '2010-12-31'],
      ['President', PRES('BRA'), '2023-01-01', ''],
    ],
  ],
  ['Mauro Vieira', 'BRA', [], [['Foreign Minister', MFA('BRA'), '2023-01-01', '']]],
  ['Jair Bolsonaro', 'BRA', ['Bolsonaro'], [['President', PRES('BRA'), '2019-01-01', '2022-12-31']]],
  [
    'Celso Amorim',
    'BRA',
    ['Amorim'],
    [['Special adviser to the President on foreign policy', PRES('BRA'), '2023-01-01', '']],
  ],
  ['Mark Carney', 'CAN', ['Carney'], [['Prime Minister', GOV('CAN'), '2025-03-14', '']]],
  ['Justin Trudeau', 'CAN', ['Trudeau'], [['Prime Minister', GOV('CAN'), '2015-11-04', '2025-03-14']]],
  ['Anita Anand', 'CAN', ['Anand'], [['Foreign Minister', MFA('CAN'), '2025-05-13', '']]],
  ['Mélanie Joly', 'CAN', ['Melanie Joly', 'Joly'], [['Foreign Minister', MFA('CAN'), '2021-10-26', '2025-05-13']]],
  ['Claudia Sheinbaum', 'MEX', ['Sheinbaum'], [['President', PRES('MEX'), '2024-10-01', '']]],
  ['Javier Milei', 'ARG', ['Milei'], [['President', PRES('ARG'), '2023-12-10', '']]],
  ['Gustavo Petro', 'COL', ['Petro'], [['President', PRES('COL'), '2022-08-07', '']]],
  ['Nicolás Maduro', 'VEN', ['Nicolas Maduro', 'Maduro'], [['President', PRES('VEN'), '2013-04-19', '']]],
  ['María Corina Machado', 'VEN', ['Maria Corina Machado', 'Machado'], [['Opposition leader', '', '2023-10-22', '']]],
  // ── Europe ──
  ['Viktor Orbán', 'HUN', ['Viktor Orban', 'Orban', 'Orbán'], [['Prime Minister', GOV('HUN'), '2010-05-29', '']]],
  ['Péter Szijjártó', 'HUN', ['Peter Szijjarto', 'Szijjarto'], [['Foreign Minister', MFA('HUN'), '2014-09-23', '']]],
  [
    'Donald Tusk',
    'POL',
    ['Tusk'],
    [
      ['President of the European Council', 'org:igo:european-council', '2014-12-01', '2019-11-30'],
      ['Prime Minister', GOV('POL'), '2023-12-13', ''],
    ],
  ],
  ['Radosław Sikorski', 'POL', ['Radoslaw Sikorski', 'Sikorski'], [['Foreign Minister', MFA('POL'), '2023-12-13', '']]],
  ['Karol Nawrocki', 'POL', ['Nawrocki'], [['President', PRES('POL'), '2025-08-06', '']]],
  ['Andrzej Duda', 'POL', ['Duda'], [['President', PRES('POL'), '2015-08-06', '2025-08-06']]],
  ['Giorgia Meloni', 'ITA', ['Meloni'], [['Prime Minister', GOV('ITA'), '2022-10-22', '']]],
  ['Antonio Tajani', 'ITA', ['Tajani'], [['Foreign Minister', MFA('ITA'), '2022-10-22', '']]],
  ['Sergio Mattarella', 'ITA', ['Mattarella'], [['President', PRES('ITA'), '2015-02-03', '']]],
  ['Pedro Sánchez', 'ESP', ['Pedro Sanchez', 'Sánchez'], [['Prime Minister', GOV('ESP'), '2018-06-02', '']]],
  [
    'José Manuel Albares',
    'ESP',
    ['Jose Manuel Albares', 'Albares'],
    [['Foreign Minister', MFA('ESP'), '2021-07-12', '']],
  ],
  ['Dick Schoof', 'NLD', ['Schoof'], [['Prime Minister', GOV('NLD'), '2024-07-02', '']]],
  ['Bart De Wever', 'BEL', ['De Wever'], [['Prime Minister', GOV('BEL'), '2025-02-03', '']]],
  ['Alexander Stubb', 'FIN', ['Stubb'], [['President', PRES('FIN'), '2024-03-01', '']]],
  ['Ulf Kristersson', 'SWE', ['Kristersson'], [['Prime Minister', GOV('SWE'), '2022-10-18', '']]],
  ['Mette Frederiksen', 'DNK', ['Frederiksen'], [['Prime Minister', GOV('DNK'), '2019-06-27', '']]],
  ['Jonas Gahr Støre', 'NOR', ['Jonas Gahr Store', 'Støre'], [['Prime Minister', GOV('NOR'), '2021-10-14', '']]],
  ['Robert Fico', 'SVK', ['Fico'], [['Prime Minister', GOV('SVK'), '2023-10-25', '']]],
  ['Maia Sandu', 'MDA', ['Sandu'], [['President', PRES('MDA'), '2020-12-24', '']]],
  ['Aleksandar Vučić', 'SRB', ['Aleksandar Vucic', 'Vucic', 'Vučić'], [['President', PRES('SRB'), '2017-05-31', '']]],
  ['Irakli Kobakhidze', 'GEO', ['Kobakhidze'], [['Prime Minister', GOV('GEO'), '2024-02-08', '']]],
  ['Nikol Pashinyan', 'ARM', ['Pashinyan'], [['Prime Minister', GOV('ARM'), '2018-05-08', '']]],
  ['Ilham Aliyev', 'AZE', ['Aliyev'], [['President', PRES('AZE'), '2003-10-31', '']]],
  ['Kassym-Jomart Tokayev', 'KAZ', ['Tokayev'], [['President', PRES('KAZ'), '2019-03-20', '']]],
  // ── Asia-Pacific and Africa ──
  [
    'Kim Jong Un',
    'PRK',
    ['Kim Jong-un', 'Kim Jong-Un', 'Kim Jongun'],
    [['Supreme Leader', GOV('PRK'), '2011-12-17', '']],
  ],
  [
    'Kim Yo Jong',
    'PRK',
    ['Kim Yo-jong'],
    [['Deputy Department Director of the Workers’ Party Central Committee', GOV('PRK'), '2021-01-01', '']],
  ], // uncertain title
  ['Choe Son Hui', 'PRK', ['Choe Son-hui'], [['Foreign Minister', MFA('PRK'), '2022-06-11', '']]],
  ['Lee Jae-myung', 'KOR', ['Lee Jae Myung', 'Lee Jae-myung'], [['President', PRES('KOR'), '2025-06-04', '']]],
  ['Yoon Suk Yeol', 'KOR', ['Yoon Suk-yeol', 'Yoon'], [['President', PRES('KOR'), '2022-05-10', '2025-04-04']]],
  ['Cho Hyun', 'KOR', [], [['Foreign Minister', MFA('KOR'), '2025-07-19', '']]], // uncertain start
  ['Anthony Albanese', 'AUS', ['Albanese'], [['Prime Minister', GOV('AUS'), '2022-05-23', '']]],
  ['Penny Wong', 'AUS', [], [['Foreign Minister', MFA('AUS'), '2022-05-23', '']]],
  ['Prabowo Subianto', 'IDN', ['Prabowo'], [['President', PRES('IDN'), '2024-10-20', '']]],
  [
    'Ferdinand Marcos Jr.',
    'PHL',
    ['Bongbong Marcos', 'Ferdinand Marcos Jr', 'Marcos'],
    [['President', PRES('PHL'), '2022-06-30', '']],
  ],
  ['To Lam', 'VNM', ['Tô Lâm'], [['General Secretary of the Communist Party', GOV('VNM'), '2024-08-03', '']]],
  ['Anutin Charnvirakul', 'THA', ['Anutin'], [['Prime Minister', GOV('THA'), '2025-09-07', '']]], // uncertain start
  [
    'Shehbaz Sharif',
    'PAK',
    ['Shahbaz Sharif'],
    [
      ['Prime Minister', GOV('PAK'), '2022-04-11', '2023-08-14'],
      ['Prime Minister', GOV('PAK'), '2024-03-04', ''],
    ],
  ],
  ['Ishaq Dar', 'PAK', [], [['Foreign Minister', MFA('PAK'), '2024-03-11', '']]],
  ['Asim Munir', 'PAK', ['Munir', 'Field Marshal Asim Munir'], [['Chief of Army Staff', DEF('PAK'), '2022-11-29', '']]],
  [
    'Asif Ali Zardari',
    'PAK',
    ['Zardari'],
    [
      ['President', PRES('PAK'), '2008-09-09', '2013-09-09'],
      ['President', PRES('PAK'), '2024-03-10', ''],
    ],
  ],
  [
    'Hibatullah Akhundzada',
    'AFG',
    ['Haibatullah Akhundzada', 'Akhundzada'],
    [['Supreme Leader', GOV('AFG'), '2016-05-25', '']],
  ],
  ['Amir Khan Muttaqi', 'AFG', ['Muttaqi'], [['Foreign Minister', MFA('AFG'), '2021-09-07', '']]],
  ['Zabihullah Mujahid', 'AFG', ['Mujahid'], [['Taliban spokesman', GOV('AFG'), '2021-08-15', '']]],
  ['Cyril Ramaphosa', 'ZAF', ['Ramaphosa'], [['President', PRES('ZAF'), '2018-02-15', '']]],
  ['Ronald Lamola', 'ZAF', ['Lamola'], [['Foreign Minister', MFA('ZAF'), '2024-07-03', '']]],
  ['Abiy Ahmed', 'ETH', ['Abiy Ahmed Ali', 'Abiy'], [['Prime Minister', GOV('ETH'), '2018-04-02', '']]],
  ['William Ruto', 'KEN', ['Ruto'], [['President', PRES('KEN'), '2022-09-13', '']]],
  ['Bola Tinubu', 'NGA', ['Bola Ahmed Tinubu', 'Tinubu'], [['President', PRES('NGA'), '2023-05-29', '']]],
];
