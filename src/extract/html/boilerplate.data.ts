/**
 * @module extract/html/boilerplate.data
 * Heuristic lists for HTML segmentation: which tags are invisible, which are blocks, and which
 * tag / role / class / id patterns mark page furniture (with the removal reason they imply).
 * Patterns are general web conventions, not any one site's markup.
 */
import type { RemovalReason } from '../../core/types.js';

/** Elements whose content is never visible text. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'option',
  'textarea',
  'button',
  'input',
  'video',
  'audio',
  'map',
  'dialog',
  'frameset',
  'frame',
  'applet',
  'picture',
  'source',
  'track',
]);

/** Elements that start and end a block of text (everything else is inline). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'noframes',
  'listing',
  'plaintext',
  'xmp',
]);

/** Structural tags that imply a removal reason on their own. */
export const TAG_REASONS: Readonly<Record<string, RemovalReason>> = {
  nav: 'navigation',
  footer: 'footer',
  aside: 'chrome',
  header: 'chrome',
  menu: 'navigation',
  form: 'chrome',
};

/** ARIA roles that imply a removal reason. */
export const ROLE_REASONS: Readonly<Record<string, RemovalReason>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  contentinfo: 'footer',
  banner: 'chrome',
  complementary: 'chrome',
  search: 'chrome',
  dialog: 'chrome',
  alertdialog: 'chrome',
  toolbar: 'chrome',
  tablist: 'navigation',
};

/**
 * Class/id word patterns → reason. Class names and ids are split into words at "-", "_", spaces and
 * camelCase boundaries; each lower-cased word is tested. First match wins. Only unambiguous words here:
 * words that also name layout utilities ("hidden-xs", "text-date") belong in WHOLE_CLASS_REASONS.
 */
export const CLASS_REASONS: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [/^(cookie|cookies|gdpr|consent|onetrust|cookiebanner|cookiebar)$/, 'cookie-notice'],
  [/^(breadcrumb|breadcrumbs|crumbs)$/, 'breadcrumb'],
  [/^(comment|comments|disqus|commentlist|replies)$/, 'comments'],
  [/^(share|sharing|social|sharebar|sharetools|addthis|sociable|socials|shares|sharer)$/, 'share'],
  [/^(newsletter|newsletters|subscribe|signup|optin|paywall|regwall)$/, 'newsletter'],
  [
    /^(ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|dfp|sponsor|sponsored|taboola|outbrain|billboard|leaderboard|skyscraper)$/,
    'advertisement',
  ],
  [/^(promo|promos|promotion|upsell)$/, 'promo'],
  [
    /^(related|recommended|recommendations|recirc|recirculation|trending|popular|mostread|mostpopular|readmore|morestories|readnext|upnext)$/,
    'teaser',
  ],
  [/^(byline|bylines)$/, 'byline'],
  [/^(dateline|timestamp|postmeta|entrymeta)$/, 'metadata-line'],
  [/^(nav|navbar|navigation|menu|menus|topnav|subnav|sitenav|skiplink|skiplinks)$/, 'navigation'],
  [/^(footer|colophon)$/, 'footer'],
  [/^(sidebar|masthead|widget|widgets|toolbar|modal|popup|overlay|lightbox|tooltip)$/, 'chrome'],
];

/** Whole class names / ids (lower-cased, "-"/"_" removed) → reason, for words too ambiguous to test alone. */
export const WHOLE_CLASS_REASONS: ReadonlyArray<readonly [RegExp, RemovalReason]> = [
  [
    /^(hidden|hide|invisible|offscreen|visuallyhidden|sronly|screenreadertext|screenreaderonly|readeronly|printonly|noprint)$/,
    'chrome',
  ],
  [
    /^(article|post|entry|story|content)?(author|authors|authorinfo|authorbox|authorbio|aboutauthor|bio|contributor|writer)$/,
    'byline',
  ],
  [
    /^(article|post|entry|story|content)?(meta|metadata|date|time|pubdate|published|updated|dates|info|details|tags|taglist|tagcloud|categories|category|cats|labels|keywords|topics)$/,
    'metadata-line',
  ],
  [
    /^(pagination|pager|pages|paging|next|prev|previous|nextprev|prevnext|more|seealso|also|postnavigation|postnav|articlenav)$/,
    'teaser',
  ],
  [/^(site|page|global|main|top)?(header|head|branding|logo|search|searchform|banner)$/, 'chrome'],
  [/^(site|page|global|main|bottom)?(footer|foot|copyright|legal)$/, 'footer'],
  [/^(side|rail|aside|rightcol|leftcol|rightcolumn|leftcolumn|sidecol|sidecolumn)$/, 'chrome'],
  [/^(toc|tableofcontents|jumplinks|tabs|tags)$/, 'navigation'],
];

/** Whole class names / ids (normalised as above) that say "this is the article body": never boilerplate by class. */
export const BODY_CLASSES: RegExp =
  /^(article|story|post|entry|main|page|blog|news|item|single|node)(body|content|text|copy|contents|bodytext|articlebody|storybody)$/;

/** Class/id words that make a container more likely to hold the article (Readability-style weight). */
export const POSITIVE_WORDS: RegExp =
  /^(article|body|content|entry|hentry|main|page|post|text|blog|story|prose|richtext|articlebody|storybody|postbody|entrycontent|postcontent)$/;

/** Class/id words that make a container less likely to hold the article. */
export const NEGATIVE_WORDS: RegExp =
  /^(hidden|banner|combx|comment|comments|contact|footer|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|ad|ads|social|byline|author|rail|teaser|recommended|popular|trending)$/;

/** Elements that start a scoring weight for their container, as Readability does. */
export const TAG_WEIGHTS: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 5,
  section: 2,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** A short line that opens with a byline word ("By Jane Doe", "Von …", "Par …"). */
export const BYLINE_LINE: RegExp =
  /^(by|from|von|par|por|di|door|av|af|de|автор|posted by|written by|reported by)[\s:]+\p{Lu}/iu;

/** A short line that carries a date or time (a year, a clock time, or a numeric date). */
export const DATE_LINE: RegExp = /\b(19[89]\d|20[0-4]\d)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** A line that lists the post's tags or categories. */
export const TAGS_LINE: RegExp =
  /^(tags?|tagged( with)?|schlagwörter|schlagworte|stichwörter|themen|topics|keywords|etiquetas|categor(y|ies)|kategorie(n)?|filed under|posted in|mots-clés|rubrique)\b\s*:?/iu;

/** A line that only reports reading time, update state or photo credits. */
export const META_LINE: RegExp =
  /^((\d+\s*(min(ute)?s?)\s*(read|lesezeit|de lecture))|(updated|aktualisiert|mis à jour|actualizado)\b|((photo|foto|image|bild|credit)s?\s*:))/iu;
