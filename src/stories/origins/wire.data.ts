/**
 * @module stories/origins/wire.data
 * News agencies (wire services) and the phrases that credit them. Each agency: its canonical name and the
 * spellings seen in datelines and credit lines. Matching is case-sensitive for short abbreviations (so "ap"
 * in running text is not "AP"), case-insensitive for names of four letters or more.
 */

export interface AgencyEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press', 'A.P.'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'TASS', aliases: ['TASS', 'ITAR-TASS'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA'] },
  { name: 'Interfax', aliases: ['Interfax', 'Interfax-Ukraine'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'Anadolu', aliases: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Kyodo News'] },
  { name: 'Jiji', aliases: ['Jiji', 'Jiji Press'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'KCNA', aliases: ['KCNA', 'Korean Central News Agency'] },
  { name: 'PTI', aliases: ['PTI', 'Press Trust of India'] },
  { name: 'ANI', aliases: ['ANI', 'Asian News International'] },
  { name: 'IANS', aliases: ['IANS'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'PA Media', aliases: ['PA Media', 'PA', 'Press Association'] },
  { name: 'Canadian Press', aliases: ['CP', 'The Canadian Press', 'Canadian Press'] },
  { name: 'AAP', aliases: ['AAP', 'Australian Associated Press'] },
  { name: 'Ukrinform', aliases: ['Ukrinform'] },
  { name: 'BelTA', aliases: ['BelTA'] },
  { name: 'PAP', aliases: ['PAP', 'Polish Press Agency'] },
  { name: 'APA', aliases: ['APA', 'Austria Presse Agentur'] },
  { name: 'ANP', aliases: ['ANP'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'Lusa', aliases: ['Lusa'] },
  { name: 'CTK', aliases: ['CTK', 'ČTK'] },
  { name: 'MTI', aliases: ['MTI'] },
  { name: 'IRNA', aliases: ['IRNA'] },
  { name: 'Tasnim', aliases: ['Tasnim'] },
  { name: 'Fars', aliases: ['Fars'] },
  { name: 'SANA', aliases: ['SANA'] },
  { name: 'WAFA', aliases: ['WAFA'] },
  { name: 'SPA', aliases: ['SPA', 'Saudi Press Agency'] },
  { name: 'WAM', aliases: ['WAM'] },
  { name: 'MENA', aliases: ['MENA'] },
  { name: 'Sputnik', aliases: ['Sputnik'] },
  { name: 'Bernama', aliases: ['Bernama'] },
  { name: 'Antara', aliases: ['Antara'] },
  { name: 'NTB', aliases: ['NTB'] },
  { name: 'TT', aliases: ['TT'] },
  { name: 'Ritzau', aliases: ['Ritzau'] },
  { name: 'STT', aliases: ['STT'] },
  { name: 'Keystone-SDA', aliases: ['Keystone-SDA', 'SDA', 'ATS'] },
  { name: 'CNA', aliases: ['CNA', 'Central News Agency'] },
  { name: 'Prensa Latina', aliases: ['Prensa Latina'] },
  { name: 'Notimex', aliases: ['Notimex'] },
  { name: 'APS', aliases: ['APS'] },
  { name: 'MAP', aliases: ['MAP'] },
  { name: 'NNA', aliases: ['NNA'] },
  { name: 'KUNA', aliases: ['KUNA'] },
  { name: 'QNA', aliases: ['QNA'] },
];

/**
 * Credit-line patterns. `{A}` is replaced by an alternation of the agency aliases above; `(?<name>…)` captures
 * an agency that is not on the list when the line itself says it is an agency ("… news agency").
 */
export const CREDIT_PATTERNS: readonly { readonly id: string; readonly source: string }[] = [
  { id: 'copyright', source: '(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?(?<agency>{A})\\b' },
  { id: 'trailing-credit', source: '^\\s*[-–—]{1,2}\\s*(?<agency>{A})\\s*$' },
  { id: 'contributed', source: '\\b(?<agency>{A})\\s+contributed\\s+to\\s+this\\s+(?:report|story|article)' },
  { id: 'additional-reporting', source: '\\b(?:additional\\s+)?reporting\\s+(?:by|from)\\s+(?<agency>{A})\\b' },
  { id: 'source-line', source: '^\\s*(?:source|sources|quelle|fuente|fonte)\\s*:\\s*(?<agency>{A})\\s*\\.?\\s*$' },
  { id: 'with-agency', source: '^\\s*\\(?\\s*with\\s+(?<agency>{A})\\s*\\)?\\s*\\.?\\s*$' },
  {
    id: 'supplied-by',
    source:
      '\\b(?:supplied|provided|distributed|syndicated)\\s+by\\s+(?:the\\s+)?(?<name>[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+){0,2})\\s+(?:news\\s+agency|wire(?:\\s+service)?)',
  },
  { id: 'by-agency', source: '^\\s*by\\s+(?<agency>{A})\\s*$' },
];

/** Reuters-style production credit ("Reporting by …; Editing by …"): a wire habit, naming no agency. */
export const PRODUCTION_CREDIT =
  /^\(?\s*(?:additional\s+)?reporting\s+by\s+[^;\n]{2,120};\s*(?:writing|editing)\s+by\s+/i;

/** How far into the text (characters) a dateline may sit: the first paragraph or two. */
export const DATELINE_WINDOW = 600;
/** How far from the end (characters) a trailing credit line is looked for. */
export const CREDIT_WINDOW = 600;
