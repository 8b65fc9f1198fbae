/**
 * @module analyze/kb/curated.data
 * Hand-curated current (late 2025) and recent office-holders and spokespeople (here: the United States and Russia;
 * the rest in curated-powers, curated-intl, curated-world and curated-rest .data.ts) of the major powers and
 * international bodies, which the 2016-era sources lack. Facts from public record, written from the team's
 * knowledge; entries marked `// uncertain` have a start/end date (or the role itself) that should be checked.
 * Row: [name, country ISO3 (nationality; '' = unknown), aliases, roles]; role: [title, org id ('' = none), start, end].
 * Curated people are merged over source people with the same name key and country (see ./merge.ts).
 */

export type CuratedRole = readonly [string, string, string, string];
export type CuratedPerson = readonly [string, string, readonly string[], readonly CuratedRole[]];

export const GOV = (c: string): string => `org:gov:${c}`;
export const MFA = (c: string): string => `org:mfa:${c}`;
export const DEF = (c: string): string => `org:defence:${c}`;
export const PRES = (c: string): string => `org:presidency:${c}`;

export const CURATED_PEOPLE: readonly CuratedPerson[] = [
  // ── United States ──
  [
    'Donald Trump',
    'USA',
    ['Donald J. Trump', 'Donald John Trump', 'Trump', 'President Trump'],
    [
      ['President', PRES('USA'), '2017-01-20', '2021-01-20'],
      ['President', PRES('USA'), '2025-01-20', ''],
    ],
  ],
  [
    'Joe Biden',
    'USA',
    ['Joseph Biden', 'Joseph R. Biden', 'Joseph Robinette Biden', 'Biden'],
    [
      ['Vice President', PRES('USA'), '2009-01-20', '2017-01-20'],
      ['President', PRES('USA'), '2021-01-20', '2025-01-20'],
    ],
  ],
  ['Barack Obama', 'USA', ['Barack Hussein Obama', 'Obama'], [['President', PRES('USA'), '2009-01-20', '2017-01-20']]],
  ['George W. Bush', 'USA', ['George Walker Bush', 'Bush'], [['President', PRES('USA'), '2001-01-20', '2009-01-20']]],
  [
    'JD Vance',
    'USA',
    ['J.D. Vance', 'James David Vance', 'J. D. Vance', 'Vance'],
    [['Vice President', PRES('USA'), '2025-01-20', '']],
  ],
  ['Kamala Harris', 'USA', ['Harris'], [['Vice President', PRES('USA'), '2021-01-20', '2025-01-20']]],
  ['Mike Pence', 'USA', ['Michael Pence', 'Pence'], [['Vice President', PRES('USA'), '2017-01-20', '2021-01-20']]],
  [
    'Marco Rubio',
    'USA',
    ['Rubio', 'Marco Antonio Rubio'],
    [
      ['Secretary of State', MFA('USA'), '2025-01-21', ''],
      ['National Security Adviser (acting)', PRES('USA'), '2025-05-01', ''],
    ],
  ],
  [
    'Antony Blinken',
    'USA',
    ['Tony Blinken', 'Blinken'],
    [['Secretary of State', MFA('USA'), '2021-01-26', '2025-01-20']],
  ],
  [
    'Mike Pompeo',
    'USA',
    ['Michael Pompeo', 'Pompeo'],
    [['Secretary of State', MFA('USA'), '2018-04-26', '2021-01-20']],
  ],
  ['Rex Tillerson', 'USA', ['Tillerson'], [['Secretary of State', MFA('USA'), '2017-02-01', '2018-03-31']]],
  ['John Kerry', 'USA', ['Kerry'], [['Secretary of State', MFA('USA'), '2013-02-01', '2017-01-20']]],
  [
    'Hillary Clinton',
    'USA',
    ['Hillary Rodham Clinton'],
    [['Secretary of State', MFA('USA'), '2009-01-21', '2013-02-01']],
  ],
  [
    'Pete Hegseth',
    'USA',
    ['Peter Hegseth', 'Hegseth'],
    [
      ['Secretary of Defense', DEF('USA'), '2025-01-25', ''],
      ['Secretary of War', DEF('USA'), '2025-09-05', ''],
    ],
  ],
  [
    'Lloyd Austin',
    'USA',
    ['Lloyd J. Austin', 'Austin'],
    [['Secretary of Defense', DEF('USA'), '2021-01-22', '2025-01-20']],
  ],
  [
    'Mike Waltz',
    'USA',
    ['Michael Waltz', 'Waltz'],
    [
      ['National Security Adviser', PRES('USA'), '2025-01-20', '2025-05-01'],
      ['Ambassador to the UN', 'org:igo:un', '2025-09-19', ''],
    ],
  ], // uncertain: UN start date
  ['Jake Sullivan', 'USA', [], [['National Security Adviser', PRES('USA'), '2021-01-20', '2025-01-20']]],
  ['Karoline Leavitt', 'USA', ['Leavitt'], [['White House Press Secretary', PRES('USA'), '2025-01-20', '']]],
  ['Karine Jean-Pierre', 'USA', [], [['White House Press Secretary', PRES('USA'), '2022-05-13', '2025-01-20']]],
  ['Jen Psaki', 'USA', ['Psaki'], [['White House Press Secretary', PRES('USA'), '2021-01-20', '2022-05-13']]],
  ['Tammy Bruce', 'USA', [], [['State Department spokesperson', MFA('USA'), '2025-01-24', '2025-08-31']]], // uncertain: moved to deputy UN envoy nomination in August 2025
  [
    'Tommy Pigott',
    'USA',
    ['Thomas Pigott'],
    [['State Department principal deputy spokesperson', MFA('USA'), '2025-01-24', '']],
  ], // uncertain
  ['Sean Parnell', 'USA', [], [['Pentagon chief spokesman', DEF('USA'), '2025-01-25', '']]],
  ['Matthew Miller', 'USA', [], [['State Department spokesperson', MFA('USA'), '2023-05-01', '2025-01-20']]], // uncertain start
  [
    'Steve Witkoff',
    'USA',
    ['Steven Witkoff', 'Steven Charles Witkoff', 'Witkoff'],
    [
      ['Special Envoy to the Middle East', PRES('USA'), '2025-01-20', ''],
      ['Special Envoy for Peace Missions', PRES('USA'), '2025-03-01', ''],
    ],
  ], // uncertain: second title
  ['Keith Kellogg', 'USA', ['Kellogg'], [['Special Envoy for Ukraine and Russia', PRES('USA'), '2025-01-20', '']]], // uncertain: reported to leave in January 2026
  ['Jared Kushner', 'USA', ['Kushner'], [['Senior Adviser to the President', PRES('USA'), '2017-01-20', '2021-01-20']]],
  ['Dan Driscoll', 'USA', ['Daniel Driscoll'], [['Secretary of the Army', DEF('USA'), '2025-02-25', '']]],
  ['Scott Bessent', 'USA', ['Bessent'], [['Treasury Secretary', 'org:treasury:USA', '2025-01-28', '']]],
  ['Howard Lutnick', 'USA', ['Lutnick'], [['Commerce Secretary', GOV('USA'), '2025-02-21', '']]],
  ['Jamieson Greer', 'USA', [], [['Trade Representative', GOV('USA'), '2025-02-26', '']]],
  ['Tulsi Gabbard', 'USA', ['Gabbard'], [['Director of National Intelligence', GOV('USA'), '2025-02-12', '']]],
  ['John Ratcliffe', 'USA', ['Ratcliffe'], [['CIA Director', 'org:intel:USA', '2025-01-23', '']]],
  ['Susie Wiles', 'USA', ['Susan Wiles'], [['White House Chief of Staff', PRES('USA'), '2025-01-20', '']]],
  [
    'Dan Caine',
    'USA',
    ['Daniel Caine', 'John Daniel Caine'],
    [['Chairman of the Joint Chiefs of Staff', DEF('USA'), '2025-04-11', '']],
  ],
  ['Kristi Noem', 'USA', ['Noem'], [['Secretary of Homeland Security', GOV('USA'), '2025-01-25', '']]],
  ['Pam Bondi', 'USA', ['Pamela Bondi', 'Bondi'], [['Attorney General', GOV('USA'), '2025-02-05', '']]],
  ['Linda Thomas-Greenfield', 'USA', [], [['Ambassador to the UN', 'org:igo:un', '2021-02-25', '2025-01-20']]],
  ['Dorothy Shea', 'USA', [], [['Acting Ambassador to the UN', 'org:igo:un', '2025-01-20', '2025-09-19']]], // uncertain end
  [
    'Elon Musk',
    'USA',
    ['Musk'],
    [['Head of the Department of Government Efficiency', PRES('USA'), '2025-01-20', '2025-05-30']],
  ], // uncertain: informal title
  ['Mike Johnson', 'USA', [], [['Speaker of the House of Representatives', 'org:legislature:USA', '2023-10-25', '']]],
  // ── Russia ──
  [
    'Vladimir Putin',
    'RUS',
    ['Vladimir Vladimirovich Putin', 'Vladimir V. Putin', 'Putin', 'Wladimir Putin'],
    [
      ['Prime Minister', GOV('RUS'), '1999-08-16', '2000-05-07'],
      ['President', PRES('RUS'), '2000-05-07', '2008-05-07'],
      ['Prime Minister', GOV('RUS'), '2008-05-08', '2012-05-07'],
      ['President', PRES('RUS'), '2012-05-07', ''],
    ],
  ],
  [
    'Dmitry Medvedev',
    'RUS',
    ['Dmitri Medvedev', 'Dmitriy Medvedev', 'Dmitry Anatolyevich Medvedev', 'Medvedev'],
    [
      ['President', PRES('RUS'), '2008-05-07', '2012-05-07'],
      ['Prime Minister', GOV('RUS'), '2012-05-08', '2020-01-16'],
      ['Deputy Chairman of the Security Council', 'org:security-council:RUS', '2020-01-16', ''],
    ],
  ],
  [
    'Dmitry Peskov',
    'RUS',
    ['Dmitri Peskov', 'Dmitriy Peskov', 'Dmitry Sergeyevich Peskov', 'Peskov'],
    [['Kremlin spokesman (Press Secretary of the President)', PRES('RUS'), '2012-05-22', '']],
  ],
  [
    'Sergey Lavrov',
    'RUS',
    ['Sergei Lavrov', 'Sergey Viktorovich Lavrov', 'Lavrov'],
    [
      ['Permanent Representative to the UN', 'org:igo:un', '1994-07-12', '2004-03-09'],
      ['Foreign Minister', MFA('RUS'), '2004-03-09', ''],
    ],
  ],
  [
    'Maria Zakharova',
    'RUS',
    ['Mariya Zakharova', 'Maria Vladimirovna Zakharova', 'Zakharova'],
    [['Foreign Ministry spokeswoman (Director of the Information and Press Department)', MFA('RUS'), '2015-08-10', '']],
  ],
  [
    'Alexander Lukashevich',
    'RUS',
    ['Aleksandr Lukashevich'],
    [['Foreign Ministry spokesman', MFA('RUS'), '2011-01-01', '2015-08-10']],
  ], // uncertain start
  [
    'Sergei Shoigu',
    'RUS',
    ['Sergey Shoigu', 'Sergei Kuzhugetovich Shoigu', 'Shoigu'],
    [
      ['Defence Minister', DEF('RUS'), '2012-11-06', '2024-05-12'],
      ['Secretary of the Security Council', 'org:security-council:RUS', '2024-05-12', ''],
    ],
  ],
  [
    'Andrei Belousov',
    'RUS',
    ['Andrey Belousov', 'Belousov'],
    [
      ['First Deputy Prime Minister', GOV('RUS'), '2020-01-21', '2024-05-14'],
      ['Defence Minister', DEF('RUS'), '2024-05-14', ''],
    ],
  ],
  [
    'Nikolai Patrushev',
    'RUS',
    ['Nikolay Patrushev', 'Patrushev'],
    [
      ['Secretary of the Security Council', 'org:security-council:RUS', '2008-05-12', '2024-05-12'],
      ['Presidential aide', PRES('RUS'), '2024-05-14', ''],
    ],
  ],
  ['Sergei Ryabkov', 'RUS', ['Sergey Ryabkov', 'Ryabkov'], [['Deputy Foreign Minister', MFA('RUS'), '2008-08-26', '']]], // uncertain start day
  [
    'Alexander Grushko',
    'RUS',
    ['Aleksandr Grushko', 'Grushko'],
    [['Deputy Foreign Minister', MFA('RUS'), '2018-01-22', '']],
  ],
  ['Mikhail Galuzin', 'RUS', ['Galuzin'], [['Deputy Foreign Minister', MFA('RUS'), '2022-04-01', '']]], // uncertain start
  [
    'Yuri Ushakov',
    'RUS',
    ['Yury Ushakov', 'Yuriy Ushakov', 'Ushakov'],
    [['Presidential aide for foreign policy', PRES('RUS'), '2012-05-21', '']],
  ],
  ['Vladimir Medinsky', 'RUS', ['Medinsky'], [['Presidential aide', PRES('RUS'), '2020-01-21', '']]],
  [
    'Kirill Dmitriev',
    'RUS',
    ['Dmitriev'],
    [
      ['Head of the Russian Direct Investment Fund', GOV('RUS'), '2011-06-21', ''],
      ['Special Presidential Envoy for investment and economic cooperation', PRES('RUS'), '2025-02-23', ''],
    ],
  ], // uncertain envoy date
  ['Mikhail Mishustin', 'RUS', ['Mishustin'], [['Prime Minister', GOV('RUS'), '2020-01-16', '']]],
  [
    'Vasily Nebenzya',
    'RUS',
    ['Vassily Nebenzia', 'Vasily Nebenzia', 'Nebenzya', 'Nebenzia'],
    [['Permanent Representative to the UN', 'org:igo:un', '2017-07-27', '']],
  ],
  [
    'Dmitry Polyanskiy',
    'RUS',
    ['Dmitry Polyansky', 'Polyanskiy'],
    [['First Deputy Permanent Representative to the UN', 'org:igo:un', '2017-08-01', '2025-06-30']],
  ], // uncertain dates
  [
    'Valery Gerasimov',
    'RUS',
    ['Valeriy Gerasimov', 'Gerasimov'],
    [['Chief of the General Staff', DEF('RUS'), '2012-11-09', '']],
  ],
  [
    'Alexander Bortnikov',
    'RUS',
    ['Aleksandr Bortnikov', 'Bortnikov'],
    [['FSB Director', GOV('RUS'), '2008-05-12', '']],
  ],
  ['Sergei Naryshkin', 'RUS', ['Sergey Naryshkin', 'Naryshkin'], [['SVR Director', GOV('RUS'), '2016-10-05', '']]],
  ['Elvira Nabiullina', 'RUS', ['Nabiullina'], [['Central Bank Governor', GOV('RUS'), '2013-06-24', '']]],
  ['Vyacheslav Volodin', 'RUS', ['Volodin'], [['Chairman of the State Duma', 'org:legislature:RUS', '2016-10-05', '']]],
  [
    'Valentina Matviyenko',
    'RUS',
    ['Valentina Matviienko', 'Matviyenko'],
    [['Chairwoman of the Federation Council', 'org:legislature:RUS', '2011-09-21', '']],
  ],
  [
    'Anton Vaino',
    'RUS',
    ['Vaino'],
    [['Chief of Staff of the Presidential Administration', PRES('RUS'), '2016-08-12', '']],
  ],
  [
    'Sergei Kiriyenko',
    'RUS',
    ['Sergey Kiriyenko', 'Kiriyenko'],
    [['First Deputy Chief of Staff of the Presidential Administration', PRES('RUS'), '2016-10-05', '']],
  ],
  ['Ramzan Kadyrov', 'RUS', ['Kadyrov'], [['Head of the Chechen Republic', '', '2007-04-05', '']]],
  [
    'Alexei Navalny',
    'RUS',
    ['Alexey Navalny', 'Aleksei Navalny', 'Navalny'],
    [['Opposition leader', '', '2011-01-01', '2024-02-16']],
  ],
  [
    'Yevgeny Prigozhin',
    'RUS',
    ['Yevgeniy Prigozhin', 'Prigozhin'],
    [['Head of the Wagner Group', '', '2014-01-01', '2023-08-23']],
  ],
];
