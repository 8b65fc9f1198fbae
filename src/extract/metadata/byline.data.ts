/**
 * @module extract/metadata/byline.data
 * Lexicons for bylines: lead-in words ("By", "Von", "Par"), role head words and their modifiers
 * ("Senior News Editor"), name particles, news agencies, and class/id hints of author elements.
 */

/** Words that introduce the author names at the start of a byline (lower case, matched as a prefix). */
export const BYLINE_PREFIX =
  /^(?:(?:written|words|story|text|reporting|report|posted|published|compiled|edited|photos?|interview|analysis|opinion|commentary)\s+(?:and\s+\w+\s+)?by|by|von|par|por|di|door|av|af|от|автор(?:ы)?:?|автори?:?|autor(?:in|ka)?:?|auteur\s*:|author(?:s)?\s*:|text\s*:|texto\s*:|redacción\s*:|yazar\s*:|tekst\s*:)\s+/iu;

/** Head words of a job title; a role phrase must contain one. */
export const ROLE_HEADS = new Set(
  `editor editors correspondent correspondents reporter reporters writer writers analyst columnist contributor
  contributors staff chief journalist journalists producer commentator critic photographer researcher fellow
  director host anchor blogger strategist economist presenter editor-in-chief editor-at-large intern team desk
  redakteur redakteurin chefredakteur chefredakteurin korrespondent korrespondentin journalistin reporterin autorin redaktion
  journaliste rédacteur rédactrice correspondant correspondante chroniqueur envoyé envoyée rédaction
  periodista redactor redactora corresponsal columnista enviado enviada redacción
  giornalista corrispondente redattore redattrice inviato inviata
  jornalista correspondente repórter colunista redação
  redacteur verslaggever correspondent journalist
  корреспондент журналист редактор обозреватель кореспондент журналіст оглядач
  dziennikarz dziennikarka korespondent korespondentka redaktor redaktorka
  reporter skribent redaktör journalist muhabir editörü muhabiri yazarı`.split(/\s+/),
);

/** Words that may precede or join a role head ("Senior", "News", "Bureau", "Foreign"). */
export const ROLE_MODIFIERS = new Set(
  `senior junior chief deputy managing executive associate assistant contributing staff special political foreign
  diplomatic defence defense security economics economic business finance financial tech technology science
  health sports sport culture arts world international national local news digital data investigative opinion
  features feature white house bureau lead principal global energy markets climate education legal politics
  affairs online social media video photo visual breaking general assignment europe europa asia africa
  middle east americas us uk eu regional metro city state correspondent's freelance guest special contributing
  copy night weekend weekly daily sunday editorial desk content home leitender leitende stellvertretender
  freier freie freelancer grand principal en jefe in at large of for the and`.split(/\s+/),
);

/** Lower-case particles allowed inside personal names. */
export const NAME_PARTICLES = new Set(
  'de da das do dos di del della der den des du la le van von ter ten zu bin ibn al el y e st. st'.split(' '),
);

/** Capitalised words that are never the first word of a personal name. */
export const NOT_NAMES = new Set(
  `the a an this that these those home news photo photos image video read more share follow posted published updated
  last by and or in on at for from with about editor staff team admin reuters afp ap getty imago dpa tass
  ria epa january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday comments comment leave reply
  montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
  der die das ein eine le la les un une el los las il lo gli i un una de`.split(/\s+/),
);

/** News agencies and wire services that may follow a byline ("Jane Doe, Reuters"). */
export const AGENCIES =
  /^(reuters|ap|afp|dpa|tass|ria novosti|interfax|xinhua|efe|ansa|anp|apa|sda|kyodo|yonhap|bloomberg|associated press|agence france-presse|press association|pa|upi|epa|bbc news|cnn|staff|staff and agencies|agencies)$/i;

/** Class/id fragments of elements holding author names (lower case). */
export const AUTHOR_HINTS =
  /(^|[-_ ])(author|authors|author-?name|post-?author|entry-?author|article-?author|byline|by-?line|writer|autor|autorin|auteur|autore|journalist|reporter|creator|contributor|posted-?by|vcard)([-_ ]|$)/;

/** Text that marks a line as an author bio or a link list, not a byline. */
export const NOT_BYLINE = /\b(view all|all posts|more from|articles by|follow|subscribe|click|about the author|bio)\b/i;

/** Words that announce a name in author widgets ("Veröffentlicht von", "View all posts by", "Author:"). */
export const LEAD_IN =
  /^(?:.*?\b(?:posted|written|published|veröffentlicht|eingestellt|geschrieben|verfasst|publiziert|gepostet|erstellt|beitrag|beiträge|posts|articles|artikel|pressemitteilung|publié|publicado|pubblicato|scritto)\s+(?:by|von|vom|par|por|da|di)\s*:?\s+|(?:und|and|&)\s+|(?:post\s+|article\s+)?(?:author|autor|autorin|auteur|autore|interview|text|texto|fotos?|photos?|redaktion)\s*:?\s+|(?:by|von|vom|par|por|di|door|av)\s*:?\s+)/iu;

/** Texts of author widgets that are not names. */
export const NOT_AUTHOR_TEXT =
  /^(by|von|vom|par|por|posted|published|publiziert|veröffentlicht|eingestellt|author|autor|autorin|auteur|follow|folgen|share|teilen|no author|unknown|anonymous|admin|administrator|redaktion|gesponserte inhalte|sponsored|advertisement|anzeige|\W*)$/i;

/** Weekday names and abbreviations that may trail a name when a date was cut off ("Tomas Spahn Fr"). */
export const TRAILING_WEEKDAY =
  /\s+(?:stand|aktualisiert|updated|vor|am|on|»|«|›|>|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim)\.?,?$/i;
