/**
 * @module extract/metadata/dates.data
 * Lexicons for date finding: month names in several languages, time-zone abbreviations,
 * the meta tag names that carry publication / modification dates, and the class/id hints
 * of elements that usually hold a post's date.
 */

/** Month names and common abbreviations (lower case, without trailing dot) → month number. */
export const MONTHS: Readonly<Record<string, number>> = buildMonths({
  1: 'january jan januar jänner janvier enero ene gennaio gen janeiro januari ocak января январь янв січня січень січ stycznia styczeń styczen sty leden ledna januára tammikuuta',
  2: 'february feb febr februar février fevrier févr fevr febrero febbraio fevereiro fev februari şubat subat февраля февраль фев лютого лютий лют lutego luty lut únor února februára helmikuuta',
  3: 'march mar märz maerz mars marzo março marco maart mart марта март мар березня березень бер marca marzec březen března marca maaliskuuta',
  4: 'april apr avril abril aprile abr nisan апреля апрель апр квітня квітень кві kwietnia kwiecień kwiecien kwi duben dubna apríla huhtikuuta',
  5: 'may mai mayo maggio mag maio mei maj mayıs mayis мая май травня травень тра maja květen května mája toukokuuta',
  6: 'june jun juni juin junio giugno giu junho haziran июня июнь червня червень чер czerwca czerwiec cze červen června júna kesäkuuta',
  7: 'july jul juli juillet juil julio luglio lug julho temmuz июля июль липня липень лип lipca lipiec lip červenec července júla heinäkuuta',
  8: 'august aug août aout agosto ago augustus augusti ağustos agustos августа август авг серпня серпень сер sierpnia sierpień sierpien sie srpen srpna augusta elokuuta',
  9: 'september sep sept septembre septiembre set settembre setembro eylül eylul сентября сентябрь сен вересня вересень вер września wrzesień wrzesien wrz září septembra syyskuuta',
  10: 'october oct oktober octobre octubre ottobre ott outubro out oktober ekim октября октябрь окт жовтня жовтень жов października październik pazdziernik paź paz říjen října októbra lokakuuta',
  11: 'november nov novembre noviembre novembro kasım kasim ноября ноябрь ноя листопада листопад лис listopada listopad lis listopadu novembra marraskuuta',
  12: 'december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro december aralık aralik декабря декабрь дек грудня грудень гру grudnia grudzień grudzien gru prosinec prosince decembra joulukuuta',
});

function buildMonths(table: Record<number, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [month, names] of Object.entries(table)) {
    for (const name of names.split(' ')) out[name] = Number(month);
  }
  return out;
}

/** Time-zone abbreviations seen in datelines → UTC offset. */
export const ZONES: Readonly<Record<string, string>> = {
  utc: '+00:00',
  gmt: '+00:00',
  z: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  mez: '+01:00',
  cest: '+02:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  ist: '+05:30',
  jst: '+09:00',
  aest: '+10:00',
};

/** Meta names/properties/itemprops carrying the publication date, most specific first. */
export const PUBLISHED_META: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'datecreated',
  'cxenseparse:recs:publishtime',
  'rnews:datepublished',
  'article.created',
  'created',
  'citation_publication_date',
  'citation_date',
  'release_date',
  'timestamp',
  'displaydate',
];

/** Meta names/properties/itemprops carrying the modification date. */
export const UPDATED_META: readonly string[] = [
  'article:modified_time',
  'og:article:modified_time',
  'article:modified',
  'og:updated_time',
  'datemodified',
  'modified_time',
  'lastmod',
  'last-modified',
  'dc.date.modified',
  'dcterms.modified',
  'article.updated',
  'revised',
];

/** Words before a date that mark it as an update, not the publication. */
export const UPDATED_CUES =
  /\b(updated?|modified|last (?:changed|edited)|aktualisiert|geändert|mis à jour|actualizado|actualización|aggiornat[oa]|atualizad[oa]|bijgewerkt|обновлено|оновлено|zaktualizowano|uppdaterad|güncellendi)\b[^\d]{0,20}$/iu;

/** Words before a date that mark it as the publication. */
export const PUBLISHED_CUES =
  /\b(published|posted|publié|publicado|pubblicato|veröffentlicht|erschienen|gepubliceerd|опубликовано|опубліковано|opublikowano|publicerad|yayınlandı|am|on|le|el|il)\b[^\d]{0,20}$/iu;

/** Class/id fragments of elements that usually hold the post's date (matched on lower case). */
export const DATE_HINTS =
  /(^|[-_ ])(date|dates|datum|time|timestamp|published|publish|pubdate|posted|post-?date|post-?meta|entry-?meta|entry-?date|article-?meta|article-?date|meta-?date|dateline|byline|submitted|info|meta|fecha|datetime|created|postinfo|post-?info)([-_ ]|$)/;

/** A class/id token of a page area whose dates and names are not the article's (comments, related items, sidebars, footers). */
export const FOREIGN_AREA_TOKEN =
  /^(?:[\w]*[-_])?(comments?|commentlist|respond|replies|related|sidebar|recommended|recommendations|popular|trending|calendar|newsletter|disqus|more-stories|read-more|widget_recent_entries|recentcomments)(?:[-_][\w-]*)?$/;
