/**
 * @module analyze/kb/curated-world.data
 * Hand-curated office-holders of India, Japan, Turkey, Iran, Israel and the Palestinian territories, Lebanon, the Gulf, Egypt, Jordan, Iraq, Syria and Yemen.
 * Same row format and caveats as curated.data.ts; `// uncertain` marks dates or roles to verify.
 */
import { type CuratedPerson, DEF, GOV, MFA, PRES } from './curated.data.js';

export const CURATED_WORLD: readonly CuratedPerson[] = [
  // ── India ──
  ['Narendra Modi', 'IND', ['Modi', 'Narendra Damodardas Modi'], [['Prime Minister', GOV('IND'), '2014-05-26', '']]],
  [
    'Subrahmanyam Jaishankar',
    'IND',
    ['S. Jaishankar', 'S Jaishankar', 'Jaishankar'],
    [['External Affairs Minister', MFA('IND'), '2019-05-30', '']],
  ],
  ['Rajnath Singh', 'IND', [], [['Defence Minister', DEF('IND'), '2019-05-31', '']]],
  ['Ajit Doval', 'IND', ['Doval'], [['National Security Adviser', GOV('IND'), '2014-05-30', '']]],
  ['Droupadi Murmu', 'IND', ['Murmu'], [['President', PRES('IND'), '2022-07-25', '']]],
  ['Randhir Jaiswal', 'IND', ['Jaiswal'], [['External Affairs Ministry spokesperson', MFA('IND'), '2024-01-01', '']]], // uncertain start
  [
    'Vikram Misri',
    'IND',
    ['Misri'],
    [['Top civil servant of the Ministry of External Affairs', MFA('IND'), '2024-07-15', '']],
  ],
  // ── Japan ──
  ['Sanae Takaichi', 'JPN', ['Takaichi'], [['Prime Minister', GOV('JPN'), '2025-10-21', '']]],
  ['Shigeru Ishiba', 'JPN', ['Ishiba'], [['Prime Minister', GOV('JPN'), '2024-10-01', '2025-10-21']]],
  [
    'Fumio Kishida',
    'JPN',
    ['Kishida'],
    [
      ['Foreign Minister', MFA('JPN'), '2012-12-26', '2017-08-03'],
      ['Prime Minister', GOV('JPN'), '2021-10-04', '2024-10-01'],
    ],
  ],
  [
    'Shinzo Abe',
    'JPN',
    ['Abe'],
    [
      ['Prime Minister', GOV('JPN'), '2006-09-26', '2007-09-26'],
      ['Prime Minister', GOV('JPN'), '2012-12-26', '2020-09-16'],
    ],
  ],
  [
    'Toshimitsu Motegi',
    'JPN',
    ['Motegi'],
    [
      ['Foreign Minister', MFA('JPN'), '2019-09-11', '2021-11-04'],
      ['Foreign Minister', MFA('JPN'), '2025-10-21', ''],
    ],
  ],
  ['Takeshi Iwaya', 'JPN', ['Iwaya'], [['Foreign Minister', MFA('JPN'), '2024-10-01', '2025-10-21']]],
  ['Yoko Kamikawa', 'JPN', ['Kamikawa'], [['Foreign Minister', MFA('JPN'), '2023-09-13', '2024-10-01']]],
  ['Minoru Kihara', 'JPN', ['Kihara'], [['Chief Cabinet Secretary', GOV('JPN'), '2025-10-21', '']]],
  [
    'Yoshimasa Hayashi',
    'JPN',
    ['Hayashi'],
    [
      ['Foreign Minister', MFA('JPN'), '2021-11-10', '2023-09-13'],
      ['Chief Cabinet Secretary', GOV('JPN'), '2023-12-14', '2025-10-21'],
    ],
  ],
  ['Shinjiro Koizumi', 'JPN', ['Koizumi'], [['Defence Minister', DEF('JPN'), '2025-10-21', '']]],
  ['Naruhito', 'JPN', ['Emperor Naruhito'], [['Emperor', GOV('JPN'), '2019-05-01', '']]],
  // ── Turkey ──
  [
    'Recep Tayyip Erdoğan',
    'TUR',
    ['Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Erdogan', 'Erdoğan'],
    [
      ['Prime Minister', GOV('TUR'), '2003-03-14', '2014-08-28'],
      ['President', PRES('TUR'), '2014-08-28', ''],
    ],
  ],
  [
    'Hakan Fidan',
    'TUR',
    ['Fidan'],
    [
      ['Intelligence chief (MIT)', GOV('TUR'), '2010-05-27', '2023-06-04'],
      ['Foreign Minister', MFA('TUR'), '2023-06-04', ''],
    ],
  ],
  ['Yaşar Güler', 'TUR', ['Yasar Guler', 'Güler'], [['Defence Minister', DEF('TUR'), '2023-06-04', '']]],
  [
    'İbrahim Kalın',
    'TUR',
    ['Ibrahim Kalin', 'Kalin', 'Kalın'],
    [
      ['Presidential spokesman', PRES('TUR'), '2014-09-01', '2023-06-05'],
      ['Intelligence chief (MIT)', GOV('TUR'), '2023-06-05', ''],
    ],
  ], // uncertain spokesman start
  [
    'Mevlüt Çavuşoğlu',
    'TUR',
    ['Mevlut Cavusoglu', 'Cavusoglu'],
    [['Foreign Minister', MFA('TUR'), '2015-11-24', '2023-06-04']],
  ],
  // ── Iran ──
  [
    'Ali Khamenei',
    'IRN',
    ['Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei', 'Sayyid Ali Khamenei'],
    [['Supreme Leader', GOV('IRN'), '1989-06-04', '']],
  ],
  ['Masoud Pezeshkian', 'IRN', ['Pezeshkian'], [['President', PRES('IRN'), '2024-07-28', '']]],
  ['Ebrahim Raisi', 'IRN', ['Raisi', 'Ebrahim Raeisi'], [['President', PRES('IRN'), '2021-08-03', '2024-05-19']]],
  ['Hassan Rouhani', 'IRN', ['Rouhani', 'Hassan Rohani'], [['President', PRES('IRN'), '2013-08-03', '2021-08-03']]],
  ['Abbas Araghchi', 'IRN', ['Araghchi', 'Abbas Araqchi'], [['Foreign Minister', MFA('IRN'), '2024-08-21', '']]],
  [
    'Hossein Amir-Abdollahian',
    'IRN',
    ['Amir-Abdollahian', 'Hossein Amirabdollahian'],
    [['Foreign Minister', MFA('IRN'), '2021-08-25', '2024-05-19']],
  ],
  [
    'Mohammad Javad Zarif',
    'IRN',
    ['Javad Zarif', 'Zarif'],
    [['Foreign Minister', MFA('IRN'), '2013-08-15', '2021-08-25']],
  ],
  [
    'Esmaeil Baghaei',
    'IRN',
    ['Esmail Baghaei', 'Baghaei'],
    [['Foreign Ministry spokesman', MFA('IRN'), '2024-08-01', '']],
  ], // uncertain start
  [
    'Ali Larijani',
    'IRN',
    ['Larijani'],
    [
      ['Speaker of Parliament', 'org:legislature:IRN', '2008-05-28', '2020-05-28'],
      ['Secretary of the Supreme National Security Council', GOV('IRN'), '2025-08-05', ''],
    ],
  ], // uncertain SNSC start
  [
    'Mohammad Bagher Ghalibaf',
    'IRN',
    ['Mohammad Baqer Qalibaf', 'Ghalibaf', 'Qalibaf'],
    [['Speaker of Parliament', 'org:legislature:IRN', '2020-05-28', '']],
  ],
  // ── Israel and the Palestinian territories ──
  [
    'Benjamin Netanyahu',
    'ISR',
    ['Netanyahu', 'Bibi Netanyahu', 'Binyamin Netanyahu'],
    [
      ['Prime Minister', GOV('ISR'), '1996-06-18', '1999-07-06'],
      ['Prime Minister', GOV('ISR'), '2009-03-31', '2021-06-13'],
      ['Prime Minister', GOV('ISR'), '2022-12-29', ''],
    ],
  ],
  ['Naftali Bennett', 'ISR', ['Bennett'], [['Prime Minister', GOV('ISR'), '2021-06-13', '2022-06-30']]],
  [
    'Yair Lapid',
    'ISR',
    ['Lapid'],
    [
      ['Foreign Minister', MFA('ISR'), '2021-06-13', '2022-12-29'],
      ['Prime Minister', GOV('ISR'), '2022-07-01', '2022-12-29'],
    ],
  ],
  [
    'Gideon Sa’ar',
    'ISR',
    ["Gideon Sa'ar", 'Gideon Saar', 'Saar'],
    [['Foreign Minister', MFA('ISR'), '2024-11-05', '']],
  ],
  [
    'Israel Katz',
    'ISR',
    ['Katz'],
    [
      ['Foreign Minister', MFA('ISR'), '2024-01-01', '2024-11-05'],
      ['Defence Minister', DEF('ISR'), '2024-11-05', ''],
    ],
  ],
  ['Yoav Gallant', 'ISR', ['Gallant'], [['Defence Minister', DEF('ISR'), '2022-12-29', '2024-11-05']]],
  ['Isaac Herzog', 'ISR', ['Herzog', 'Yitzhak Herzog'], [['President', PRES('ISR'), '2021-07-07', '']]],
  ['Ron Dermer', 'ISR', ['Dermer'], [['Strategic Affairs Minister', GOV('ISR'), '2022-12-29', '2025-11-30']]], // uncertain end (announced departure)
  ['Eyal Zamir', 'ISR', ['Zamir'], [['Chief of the General Staff', DEF('ISR'), '2025-03-05', '']]],
  ['Herzi Halevi', 'ISR', ['Halevi'], [['Chief of the General Staff', DEF('ISR'), '2023-01-16', '2025-03-05']]],
  ['Effie Defrin', 'ISR', ['Effie Defrin', 'Defrin'], [['IDF spokesman', DEF('ISR'), '2025-03-01', '']]], // uncertain start
  ['Mahmoud Abbas', 'PSE', ['Abu Mazen', 'Abbas'], [['President', PRES('PSE'), '2005-01-15', '']]],
  ['Mohammad Mustafa', 'PSE', [], [['Prime Minister', GOV('PSE'), '2024-03-31', '']]],
  [
    'Ismail Haniyeh',
    'PSE',
    ['Haniyeh', 'Ismail Haniya'],
    [['Hamas political bureau chief', 'org:hamas', '2017-05-06', '2024-07-31']],
  ],
  ['Yahya Sinwar', 'PSE', ['Sinwar'], [['Hamas leader', 'org:hamas', '2024-08-06', '2024-10-16']]],
  [
    'Khalil al-Hayya',
    'PSE',
    ['Khalil al-Hayyah', 'al-Hayya'],
    [['Hamas chief negotiator', 'org:hamas', '2024-10-01', '']],
  ], // uncertain role title
  [
    'Naim Qassem',
    'LBN',
    ['Naim Qassem', 'Sheikh Naim Qassem', 'Qassem'],
    [['Hezbollah secretary-general', 'org:hezbollah', '2024-10-29', '']],
  ],
  [
    'Hassan Nasrallah',
    'LBN',
    ['Nasrallah'],
    [['Hezbollah secretary-general', 'org:hezbollah', '1992-02-16', '2024-09-27']],
  ],
  ['Joseph Aoun', 'LBN', [], [['President', PRES('LBN'), '2025-01-09', '']]],
  ['Nawaf Salam', 'LBN', [], [['Prime Minister', GOV('LBN'), '2025-02-08', '']]],
  // ── Gulf, Middle East, North Africa ──
  [
    'Salman bin Abdulaziz',
    'SAU',
    ['King Salman', 'Salman bin Abdulaziz Al Saud'],
    [['King', GOV('SAU'), '2015-01-23', '']],
  ],
  [
    'Mohammed bin Salman',
    'SAU',
    ['MBS', 'Mohammad bin Salman', 'Mohammed bin Salman Al Saud', 'Crown Prince Mohammed bin Salman'],
    [
      ['Crown Prince', GOV('SAU'), '2017-06-21', ''],
      ['Prime Minister', GOV('SAU'), '2022-09-27', ''],
    ],
  ],
  [
    'Faisal bin Farhan',
    'SAU',
    ['Prince Faisal bin Farhan', 'Faisal bin Farhan Al Saud'],
    [['Foreign Minister', MFA('SAU'), '2019-10-23', '']],
  ],
  [
    'Tamim bin Hamad Al Thani',
    'QAT',
    ['Sheikh Tamim bin Hamad Al Thani', 'Emir Tamim', 'Tamim bin Hamad'],
    [['Emir', GOV('QAT'), '2013-06-25', '']],
  ],
  [
    'Mohammed bin Abdulrahman Al Thani',
    'QAT',
    ['Sheikh Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman'],
    [
      ['Foreign Minister', MFA('QAT'), '2016-01-27', ''],
      ['Prime Minister', GOV('QAT'), '2023-03-07', ''],
    ],
  ],
  [
    'Majed al-Ansari',
    'QAT',
    ['Majed Al Ansari', 'al-Ansari'],
    [['Foreign Ministry spokesman', MFA('QAT'), '2022-01-01', '']],
  ], // uncertain start
  [
    'Mohamed bin Zayed',
    'ARE',
    ['Mohammed bin Zayed', 'MBZ', 'Sheikh Mohamed bin Zayed Al Nahyan'],
    [['President', PRES('ARE'), '2022-05-14', '']],
  ],
  [
    'Abdullah bin Zayed',
    'ARE',
    ['Sheikh Abdullah bin Zayed Al Nahyan'],
    [['Foreign Minister', MFA('ARE'), '2006-02-09', '']],
  ],
  [
    'Abdel Fattah el-Sisi',
    'EGY',
    ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sissi', 'Sisi', 'el-Sisi'],
    [['President', PRES('EGY'), '2014-06-08', '']],
  ],
  ['Badr Abdelatty', 'EGY', ['Badr Abdel Aty', 'Abdelatty'], [['Foreign Minister', MFA('EGY'), '2024-07-03', '']]],
  ['Abdullah II', 'JOR', ['King Abdullah II', 'King Abdullah'], [['King', GOV('JOR'), '1999-02-07', '']]],
  ['Ayman Safadi', 'JOR', ['Safadi'], [['Foreign Minister', MFA('JOR'), '2017-01-15', '']]],
  [
    'Badr Albusaidi',
    'OMN',
    ['Badr al-Busaidi', 'Sayyid Badr Albusaidi'],
    [['Foreign Minister', MFA('OMN'), '2020-08-18', '']],
  ],
  [
    'Mohammed Shia al-Sudani',
    'IRQ',
    ['Mohammed Shia al-Sudani', 'al-Sudani'],
    [['Prime Minister', GOV('IRQ'), '2022-10-27', '']],
  ],
  [
    'Ahmed al-Sharaa',
    'SYR',
    ['Ahmad al-Sharaa', 'Abu Mohammed al-Jolani', 'Abu Mohammad al-Julani', 'al-Sharaa', 'Sharaa'],
    [['President', PRES('SYR'), '2025-01-29', '']],
  ],
  [
    'Asaad al-Shaibani',
    'SYR',
    ['Asaad Hassan al-Shaibani', 'al-Shaibani'],
    [['Foreign Minister', MFA('SYR'), '2024-12-21', '']],
  ],
  [
    'Bashar al-Assad',
    'SYR',
    ['Bashar Assad', 'Assad', 'al-Assad'],
    [['President', PRES('SYR'), '2000-07-17', '2024-12-08']],
  ],
  [
    'Abdul-Malik al-Houthi',
    'YEM',
    ['Abdul Malik al-Houthi', 'al-Houthi'],
    [['Houthi leader', 'org:houthis', '2004-09-10', '']],
  ],
  ['Yahya Saree', 'YEM', ['Yahya Sarea', 'Saree'], [['Houthi military spokesman', 'org:houthis', '2018-01-01', '']]], // uncertain start
];
