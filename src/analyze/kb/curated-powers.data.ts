/**
 * @module analyze/kb/curated-powers.data
 * Hand-curated office-holders of China, Ukraine (and Belarus), the UK, France and Germany.
 * Same row format and caveats as curated.data.ts; `// uncertain` marks dates or roles to verify.
 */
import { type CuratedPerson, DEF, GOV, MFA, PRES } from './curated.data.js';

export const CURATED_POWERS: readonly CuratedPerson[] = [
  // ── China ──
  [
    'Xi Jinping',
    'CHN',
    ['Xi', 'Xi Jin-ping', 'President Xi'],
    [
      ['General Secretary of the Communist Party', GOV('CHN'), '2012-11-15', ''],
      ['President', PRES('CHN'), '2013-03-14', ''],
    ],
  ],
  ['Li Qiang', 'CHN', [], [['Premier', GOV('CHN'), '2023-03-11', '']]],
  ['Li Keqiang', 'CHN', [], [['Premier', GOV('CHN'), '2013-03-15', '2023-03-11']]],
  [
    'Wang Yi',
    'CHN',
    [],
    [
      ['Foreign Minister', MFA('CHN'), '2013-03-16', '2022-12-30'],
      ['Director of the Office of the Central Foreign Affairs Commission', GOV('CHN'), '2023-01-01', ''],
      ['Foreign Minister', MFA('CHN'), '2023-07-25', ''],
    ],
  ],
  ['Qin Gang', 'CHN', [], [['Foreign Minister', MFA('CHN'), '2022-12-30', '2023-07-25']]],
  ['Mao Ning', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2022-09-01', '']]], // uncertain start day
  ['Lin Jian', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2024-01-01', '']]], // uncertain start
  ['Guo Jiakun', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2024-12-01', '']]], // uncertain start
  ['Wang Wenbin', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2020-07-01', '2024-07-31']]], // uncertain dates
  ['Zhao Lijian', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2020-02-24', '2023-01-09']]],
  ['Hua Chunying', 'CHN', [], [['Foreign Ministry spokesperson', MFA('CHN'), '2012-09-01', '2024-09-30']]], // uncertain end (promoted)
  ['Dong Jun', 'CHN', [], [['Defence Minister', DEF('CHN'), '2023-12-29', '']]],
  ['Han Zheng', 'CHN', [], [['Vice President', PRES('CHN'), '2023-03-10', '']]],
  [
    'Zhao Leji',
    'CHN',
    [],
    [['Chairman of the National People’s Congress Standing Committee', 'org:legislature:CHN', '2023-03-10', '']],
  ],
  ['Ding Xuexiang', 'CHN', [], [['First Vice Premier', GOV('CHN'), '2023-03-12', '']]],
  ['He Lifeng', 'CHN', [], [['Vice Premier', GOV('CHN'), '2023-03-12', '']]],
  ['Fu Cong', 'CHN', [], [['Permanent Representative to the UN', 'org:igo:un', '2024-05-01', '']]], // uncertain start
  ['Lai Ching-te', 'TWN', ['William Lai', 'Lai'], [['President', PRES('TWN'), '2024-05-20', '']]],
  // ── Ukraine ──
  [
    'Volodymyr Zelensky',
    'UKR',
    [
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskiy',
      'Vladimir Zelensky',
      'Volodymyr Oleksandrovych Zelenskyy',
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
    ],
    [['President', PRES('UKR'), '2019-05-20', '']],
  ],
  ['Petro Poroshenko', 'UKR', ['Poroshenko'], [['President', PRES('UKR'), '2014-06-07', '2019-05-20']]],
  [
    'Andriy Sybiha',
    'UKR',
    ['Andrii Sybiha', 'Andriy Sybiga', 'Sybiha'],
    [['Foreign Minister', MFA('UKR'), '2024-09-05', '']],
  ],
  ['Dmytro Kuleba', 'UKR', ['Dmitry Kuleba', 'Kuleba'], [['Foreign Minister', MFA('UKR'), '2020-03-04', '2024-09-04']]],
  [
    'Andriy Yermak',
    'UKR',
    ['Andrii Yermak', 'Andriy Yermak', 'Andrei Yermak', 'Yermak'],
    [['Head of the Office of the President', PRES('UKR'), '2020-02-11', '2025-11-28']],
  ], // uncertain end: resigned late November 2025
  [
    'Rustem Umerov',
    'UKR',
    ['Umerov'],
    [
      ['Defence Minister', DEF('UKR'), '2023-09-06', '2025-07-17'],
      ['Secretary of the National Security and Defense Council', GOV('UKR'), '2025-07-17', ''],
    ],
  ],
  [
    'Denys Shmyhal',
    'UKR',
    ['Denis Shmygal', 'Shmyhal'],
    [
      ['Prime Minister', GOV('UKR'), '2020-03-04', '2025-07-16'],
      ['Defence Minister', DEF('UKR'), '2025-07-17', ''],
    ],
  ],
  ['Yulia Svyrydenko', 'UKR', ['Yuliia Svyrydenko', 'Svyrydenko'], [['Prime Minister', GOV('UKR'), '2025-07-17', '']]],
  [
    'Oleksandr Syrskyi',
    'UKR',
    ['Oleksandr Syrsky', 'Alexander Syrsky', 'Syrskyi'],
    [['Commander-in-Chief of the Armed Forces', DEF('UKR'), '2024-02-08', '']],
  ],
  [
    'Valerii Zaluzhnyi',
    'UKR',
    ['Valery Zaluzhny', 'Valeriy Zaluzhnyi', 'Zaluzhnyi'],
    [
      ['Commander-in-Chief of the Armed Forces', DEF('UKR'), '2021-07-27', '2024-02-08'],
      ['Ambassador to the United Kingdom', MFA('UKR'), '2024-05-09', ''],
    ],
  ],
  [
    'Kyrylo Budanov',
    'UKR',
    ['Kirill Budanov', 'Budanov'],
    [['Head of Military Intelligence (HUR)', DEF('UKR'), '2020-08-05', '']],
  ],
  [
    'Heorhii Tykhyi',
    'UKR',
    ['Georgiy Tykhyi', 'Heorhiy Tykhyi', 'Tykhyi'],
    [['Foreign Ministry spokesperson', MFA('UKR'), '2024-07-01', '']],
  ], // uncertain start
  [
    'Serhii Nykyforov',
    'UKR',
    ['Serhiy Nykyforov', 'Sergii Nykyforov', 'Nykyforov'],
    [['Presidential press secretary', PRES('UKR'), '2019-07-01', '']],
  ], // uncertain start
  [
    'Ruslan Stefanchuk',
    'UKR',
    ['Stefanchuk'],
    [['Speaker of the Verkhovna Rada', 'org:legislature:UKR', '2021-10-08', '']],
  ],
  [
    'Sergiy Kyslytsya',
    'UKR',
    ['Serhiy Kyslytsya', 'Kyslytsya'],
    [
      ['Permanent Representative to the UN', 'org:igo:un', '2019-12-01', '2025-06-30'],
      ['First Deputy Foreign Minister', MFA('UKR'), '2025-06-30', ''],
    ],
  ], // uncertain dates
  [
    'Alexander Lukashenko',
    'BLR',
    ['Alyaksandr Lukashenka', 'Aleksandr Lukashenko', 'Lukashenko', 'Lukashenka'],
    [['President', PRES('BLR'), '1994-07-20', '']],
  ],
  // ── United Kingdom ──
  ['Keir Starmer', 'GBR', ['Sir Keir Starmer', 'Starmer'], [['Prime Minister', GOV('GBR'), '2024-07-05', '']]],
  ['Rishi Sunak', 'GBR', ['Sunak'], [['Prime Minister', GOV('GBR'), '2022-10-25', '2024-07-05']]],
  [
    'Liz Truss',
    'GBR',
    ['Truss'],
    [
      ['Foreign Secretary', MFA('GBR'), '2021-09-15', '2022-09-06'],
      ['Prime Minister', GOV('GBR'), '2022-09-06', '2022-10-25'],
    ],
  ],
  [
    'Boris Johnson',
    'GBR',
    ['Johnson'],
    [
      ['Foreign Secretary', MFA('GBR'), '2016-07-13', '2018-07-09'],
      ['Prime Minister', GOV('GBR'), '2019-07-24', '2022-09-06'],
    ],
  ],
  ['Theresa May', 'GBR', [], [['Prime Minister', GOV('GBR'), '2016-07-13', '2019-07-24']]],
  [
    'David Cameron',
    'GBR',
    ['Cameron', 'Lord Cameron'],
    [
      ['Prime Minister', GOV('GBR'), '2010-05-11', '2016-07-13'],
      ['Foreign Secretary', MFA('GBR'), '2023-11-13', '2024-07-05'],
    ],
  ],
  ['James Cleverly', 'GBR', ['Cleverly'], [['Foreign Secretary', MFA('GBR'), '2022-09-06', '2023-11-13']]],
  [
    'David Lammy',
    'GBR',
    ['Lammy'],
    [
      ['Foreign Secretary', MFA('GBR'), '2024-07-05', '2025-09-05'],
      ['Deputy Prime Minister', GOV('GBR'), '2025-09-05', ''],
    ],
  ],
  [
    'Yvette Cooper',
    'GBR',
    ['Cooper'],
    [
      ['Home Secretary', GOV('GBR'), '2024-07-05', '2025-09-05'],
      ['Foreign Secretary', MFA('GBR'), '2025-09-05', ''],
    ],
  ],
  ['John Healey', 'GBR', ['Healey'], [['Defence Secretary', DEF('GBR'), '2024-07-05', '']]],
  ['Rachel Reeves', 'GBR', ['Reeves'], [['Chancellor of the Exchequer', GOV('GBR'), '2024-07-05', '']]],
  ['Angela Rayner', 'GBR', ['Rayner'], [['Deputy Prime Minister', GOV('GBR'), '2024-07-05', '2025-09-05']]],
  ['Jonathan Powell', 'GBR', [], [['National Security Adviser', GOV('GBR'), '2024-11-01', '']]], // uncertain start
  [
    'Charles III',
    'GBR',
    ['King Charles', 'King Charles III', 'Prince Charles'],
    [['King', GOV('GBR'), '2022-09-08', '']],
  ],
  // ── France ──
  ['Emmanuel Macron', 'FRA', ['Macron'], [['President', PRES('FRA'), '2017-05-14', '']]],
  ['Jean-Noël Barrot', 'FRA', ['Jean-Noel Barrot', 'Barrot'], [['Foreign Minister', MFA('FRA'), '2024-09-21', '']]],
  [
    'Stéphane Séjourné',
    'FRA',
    ['Stephane Sejourne', 'Séjourné'],
    [['Foreign Minister', MFA('FRA'), '2024-01-11', '2024-09-21']],
  ],
  ['Catherine Colonna', 'FRA', ['Colonna'], [['Foreign Minister', MFA('FRA'), '2022-05-20', '2024-01-11']]],
  [
    'Sébastien Lecornu',
    'FRA',
    ['Sebastien Lecornu', 'Lecornu'],
    [
      ['Armed Forces Minister', DEF('FRA'), '2022-05-20', '2025-09-09'],
      ['Prime Minister', GOV('FRA'), '2025-09-09', ''],
    ],
  ],
  [
    'François Bayrou',
    'FRA',
    ['Francois Bayrou', 'Bayrou'],
    [['Prime Minister', GOV('FRA'), '2024-12-13', '2025-09-09']],
  ],
  ['Michel Barnier', 'FRA', ['Barnier'], [['Prime Minister', GOV('FRA'), '2024-09-05', '2024-12-13']]],
  ['Catherine Vautrin', 'FRA', ['Vautrin'], [['Armed Forces Minister', DEF('FRA'), '2025-10-12', '']]], // uncertain start
  // ── Germany ──
  ['Friedrich Merz', 'DEU', ['Merz'], [['Chancellor', GOV('DEU'), '2025-05-06', '']]],
  ['Olaf Scholz', 'DEU', ['Scholz'], [['Chancellor', GOV('DEU'), '2021-12-08', '2025-05-06']]],
  ['Angela Merkel', 'DEU', ['Merkel'], [['Chancellor', GOV('DEU'), '2005-11-22', '2021-12-08']]],
  ['Johann Wadephul', 'DEU', ['Wadephul'], [['Foreign Minister', MFA('DEU'), '2025-05-06', '']]],
  [
    'Annalena Baerbock',
    'DEU',
    ['Baerbock'],
    [
      ['Foreign Minister', MFA('DEU'), '2021-12-08', '2025-05-06'],
      ['President of the UN General Assembly', 'org:igo:unga', '2025-09-09', ''],
    ],
  ],
  ['Boris Pistorius', 'DEU', ['Pistorius'], [['Defence Minister', DEF('DEU'), '2023-01-19', '']]],
  ['Frank-Walter Steinmeier', 'DEU', ['Steinmeier'], [['President', PRES('DEU'), '2017-03-19', '']]],
  ['Lars Klingbeil', 'DEU', ['Klingbeil'], [['Vice Chancellor and Finance Minister', GOV('DEU'), '2025-05-06', '']]],
  ['Stefan Kornelius', 'DEU', ['Kornelius'], [['Government spokesman', GOV('DEU'), '2025-05-06', '']]], // uncertain start
];
