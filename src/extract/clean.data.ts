/**
 * @module extract/clean.data
 * Phrase and pattern lexicons for boilerplate cleaning (extract/clean.ts). Patterns are matched against a
 * block's normalised text (whitespace collapsed, curly quotes straightened). Each family is written to cover
 * the many wordings sites use, not one page's exact string; every rule also has a length cap so that a long
 * paragraph of reporting that merely mentions "comment" or "read" is never taken for chrome.
 */
import type { RemovalReason } from '../core/types.js';

/** A family of block-level patterns: any pattern matching a block no longer than `maxLength` removes it. */
export interface BlockRule {
  /** Kebab-case rule name; the ruleId is "extract:<id>". */
  readonly id: string;
  readonly reason: RemovalReason;
  readonly maxLength: number;
  readonly patterns: readonly RegExp[];
}

const SOCIAL =
  '(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|copy link|messenger|tumblr|vk|flipboard|threads|bluesky|mastodon|share|tweet|pocket|line|viber|sms)';

/** Order matters: the first family that matches names the reason. */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'chatbot-residue',
    reason: 'chatbot-residue',
    maxLength: 500,
    patterns: [
      /^(?:certainly|sure|absolutely|of course|great question|okay|ok|alright|got it)\s*[!.,]\s*(?:here(?:'s| is| are)|below (?:is|are)|i(?:'ve| have| can| will|'ll| would|'d))\b/i,
      /^here(?:'s| is| are) (?:a |an |the |your )?(?:(?:revised|rewritten|updated|improved|polished|expanded|edited|refined|reworded|paraphrased|shorter|longer|final|draft|new) )?(?:version|summary|article|rewrite|news article|blog post|draft|section|text|content|outline)\b/i,
      /\bas an ai(?: language model| assistant| model| chatbot)?\b/i,
      /^(?:if you(?: would|'d)? (?:want|like|need|wish|prefer)|should you (?:want|need|wish|require)|would you like)\b.{0,200}\b(?:i|me|i'd|i'll|i can|feel free|just ask|happy to)\b/i,
      /^below (?:is|are) (?:a |an |the |your )?(?:(?:revised|rewritten|updated|improved|polished|expanded|edited|refined|reworded|paraphrased|shorter|longer|final|draft|new) )?(?:version|summary|article|rewrite|news article|blog post|draft|section|text|content|outline)\b/i,
      /^i(?:'ve| have) (?:rewritten|revised|expanded|updated|edited|polished|restructured|condensed|shortened|added|incorporated|kept)\b.{0,200}\b(?:article|text|section|draft|version|content|piece|tone|structure)\b/i,
      /\bas of my (?:last )?(?:knowledge )?(?:update|cutoff|cut-off|training)\b|\bi (?:don't|do not) have (?:real-time|access to real-time|browsing|internet)\b/i,
      /^feel free to (?:adjust|modify|edit|tweak|use|customi[sz]e|change)\b.{0,120}$/i,
      /^(?:let me know|feel free to (?:let me know|ask|reach out)|i hope (?:this|that|it) helps|hope (?:this|that) helps|i(?:'d| would) be (?:happy|glad) to|i(?:'m| am) (?:happy|glad) to help)\b/i,
      /^i (?:can|could) (?:also )?(?:help|assist|provide|create|write|draft|expand|adjust|tailor|generate|rewrite|add|make|refine|shorten|translate|format)\b/i,
      /^(?:do you want|shall i|should i|would it help if i|want me to)\b.{0,160}\b(?:expand|add|write|create|include|continue|adjust|rewrite|elaborate|draft)\b/i,
      /^(?:i(?:'m| am) sorry|i apologi[sz]e|unfortunately),? (?:but )?i (?:can(?:'|no)?t|am unable|'m unable|don't have access)\b/i,
      /\b(?:this|the above) (?:article|section|draft|text|content|piece) (?:has been|was) (?:written|generated|rewritten|paraphrased|created) (?:by|with|using) (?:an? )?(?:ai|chatgpt|language model)/i,
      /^\(?(?:word count|meta description|seo (?:title|keywords?)|focus keyphrase|focus keyword|target keywords?|slug)\s*:/i,
      /\[(?:insert|your|add) [^\]]{1,40}\]/i,
      /^(?:end of (?:article|section|draft)|\(end\))$/i,
    ],
  },
  {
    id: 'call-to-action',
    reason: 'call-to-action',
    maxLength: 260,
    patterns: [
      /^(?:no|not enough|short on|pressed for|don't have) time(?: to read)?\s*\??$/i,
      /^(?:get|see|read|show|view|generate|open) (?:a |an |the )?(?:quick |short |brief |ai |ai-generated |instant |key )?(?:summary|summaries|recap|takeaways|highlights)\b.{0,40}$/i,
      /^too long\s*[?!.]?$/i,
      /^summari[sz]e (?:this|the) (?:article|story|page|post)\b/i,
      /^(?:read|continue reading|keep reading|read on|read more|read full (?:story|article)|read the (?:full|whole|complete|rest of the) (?:story|article|report|piece))\s*(?:»|›|→|>|\.{3}|…|here)?\s*$/i,
      /^click (?:here|the link|below)\b/i,
      /^(?:listen to|play|hear) (?:this|the) (?:article|story|episode|podcast)\b/i,
      /^(?:listen|audio)(?: version)?\s*[:(]?\s*\d{1,2}:\d{2}\)?$/i,
      /^(?:download|get|install|try) (?:our|the) (?:free )?(?:mobile )?(?:app|apps|application)\b/i,
      /^(?:follow|like|find|join) us on\b/i,
      /^follow (?:\S+ ){0,8}on (?:facebook|twitter|instagram|x|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram)\b.{0,80}$/i,
      /\bby clicking here[.!]?$|(?:^|[.!?]\s+)click here\b.{0,60}$/i,
      /^subscribe to (?:the |our )?[\p{Lu}\d]/u,
      /^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece)\?/i,
      /^(?:support|fund|donate to|back) (?:our|independent|quality|this|local) (?:journalism|reporting|newsroom|work|site|website)\b/i,
      /^(?:become a (?:member|subscriber|supporter|patron)|subscribe (?:now|today|for|to continue|to read)|already (?:a )?(?:subscriber|member|registered)\s*\??|sign in to (?:continue|read)|log in to (?:continue|read)|create a free account|unlock (?:this|full) (?:article|access))\b/i,
      /^(?:to continue reading|to read (?:the full|this) (?:article|story)),? (?:please )?(?:subscribe|sign in|log in|register)\b/i,
      /^(?:got a (?:news )?tip|have a (?:news )?tip|send us (?:a|your) tips?)\b/i,
      /^(?:contact|email) (?:us|the author|the newsroom|our team)\b.{0,80}$/i,
      /^(?:watch|video)\s*:\s*.{0,120}$/i,
      /^if you (?:enjoyed|liked|found|appreciate[d]?) (?:reading )?(?:this|our)\b.{0,140}\b(?:support|donate|subscribe|share|consider|click)\b/i,
      /^(?:was this (?:article|page|story|post|information) (?:helpful|useful)|did you (?:find|like|enjoy) this (?:article|story|post)|rate this (?:article|story|post|recipe))\b.{0,60}$/i,
      // German, French, Spanish, Italian, Polish, Russian, Portuguese, Dutch wordings of the same calls.
      /^(?:weiterlesen|mehr lesen|jetzt lesen|hier klicken|hier geht(?:'s| es) (?:zu|zum|zur)\b.{0,60}|lire la suite|en savoir plus|cliquez ici|leer m[aá]s|seguir leyendo|haga clic aqu[ií]|continua a leggere|leggi (?:di pi[uù]|tutto)|clicca qui|czytaj (?:wi[eę]cej|dalej)|kliknij tutaj|читать (?:далее|дальше|полностью)|подробнее|leia mais|clique aqui|lees (?:meer|verder)|klik hier)\s*(?:»|›|→|>|\.{3}|…)?\s*$/i,
      /^(?:war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|n[uü]tzlich)|cet article (?:vous )?a-t-il [ée]t[ée] utile|¿?te ha resultado [uú]til)\b.{0,60}$/i,
    ],
  },
  {
    id: 'share',
    reason: 'share',
    maxLength: 160,
    patterns: [
      /^share(?: (?:this|the) (?:article|story|post|page))?(?: (?:on|via|with) .{1,40})?\s*:?$/i,
      /^(?:share|tweet|pin|post) (?:on|to|via) (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail)\b.{0,30}$/i,
      new RegExp(`^(?:${SOCIAL}[\\s,|·•/]*)+$`, 'i'),
      /^(?:like this|share this|teilen mit|partager|compartir)\s*:$/i,
      /^(?:copy link|link copied|copied to clipboard|print(?: this)?(?: article| story| page)?|email(?: this)?(?: article| story| page)?|save(?: (?:this )?(?:article|story|for later))?|bookmark|gift (?:this )?article)$/i,
      /^(?:(?:artikel |beitrag |seite )?teilen|(?:artikel |rezept |seite )?drucken|partager(?: (?:cet|l')article)?|imprimer|compartir(?: (?:esta|la) noticia)?|imprimir|condividi|stampa|udost[eę]pnij|drukuj|поделиться|печать|compartilhar|delen|printen)(?:\s+(?:bei|auf|sur|en|su|na) \S+(?: \S+)?)?(?:\s+(?:teilen|speichern))?$/i,
      /^(?:permalink|permalien|short ?link|kurzlink|enlace permanente)\b.{0,80}$/i,
      /^(?:m[oö]chten sie (?:den|diesen) (?:artikel|beitrag) teilen|share this (?:article|story) with (?:a friend|your friends))\s*\??$/i,
    ],
  },
  {
    id: 'newsletter',
    reason: 'newsletter',
    maxLength: 260,
    patterns: [
      /^(?:subscribe|sign up|signup|join|register|get|receive|stay informed|stay up to date|stay updated|don't miss|never miss)\b.{0,120}\b(?:newsletters?|inbox|briefing|digest|mailing list|e-?mail updates|alerts)\b/i,
      /\bnewsletters?\b.{0,80}\b(?:subscribe|sign up|delivered|inbox|free|abonnieren|anmelden|bestellen|abonnez|inscrivez|suscr[ií]b|iscriviti|zapisz|подпиш)/i,
      /^(?:newsletter (?:abonnieren|bestellen)|jetzt (?:newsletter )?(?:abonnieren|anmelden)|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti|zapisz si[eę]|подпишитесь)\b.{0,160}$/i,
      /(?:^|[.?!]\s+)(?:sign up|subscribe|register) (?:here|now|today)[.!]?$/i,
      /^(?:receba|recib[ae]|ricevi|erhalten sie|recevez|otrzymuj)\b.{0,200}\b(?:e-?mail|inbox|newsletter|posteingang)\b/i,
      /^(?:enter|type|submit) (?:your )?e-?mail(?: address)?\b/i,
      /\b(?:delivered|sent) (?:straight |directly |right )?to your inbox\b/i,
      /^(?:by (?:signing up|subscribing)|you can unsubscribe)\b/i,
      /^(?:thank you|thanks) for (?:subscribing|signing up)\b/i,
    ],
  },
  {
    id: 'comments',
    reason: 'comments',
    maxLength: 220,
    patterns: [
      /^(?:leave|post|add|write|submit|join|start|view|show|hide|load|see|read) (?:a |an |your |the |all |more )?(?:\d+ )?(?:comment|comments|reply|replies|response|responses|discussion|conversation)\b.{0,40}$/i,
      /^\(?\d+\)?\s+(?:comments?|replies|responses)$/i,
      /^(?:comments?|discussion|responses|replies)(?:\s*\(\d+\))?\s*:?$/i,
      /\bthis site uses akismet\b/i,
      /\blearn how your comment data is processed\b/i,
      /^your email address will not be published\b/i,
      /^required fields are marked\b/i,
      /^save my name,? e-?mail\b/i,
      /^(?:you must be )?(?:logged in|signed in|log in|sign in) to (?:post|leave|write|add)? ?(?:a )?comment\b/i,
      /^be the first to (?:comment|reply|respond)\b/i,
      /^comments? (?:are|is) (?:closed|disabled|moderated)\b/i,
      /^(?:cancel reply|post comment|submit comment|reply|notify me of (?:follow-up comments|new posts))\b.{0,60}$/i,
      /^(?:name|e-?mail|website|comment)\s*\*?$/i,
      /^(?:\(?\d+\)?\s+)?(?:keine )?(?:kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|комментари[ийя]|coment[aá]rios?|reacties)(?:\s*\(\d+\))?\s*:?(?:\s*\(.{0,80}\))?$/i,
      /^(?:kommentar (?:schreiben|verfassen|hinzuf[uü]gen)|kommentieren|schreibe einen kommentar|laisser un commentaire|ajouter un commentaire|deja (?:un|tu) comentario|lascia un commento|dodaj komentarz|оставить комментарий|deixe (?:um|seu) coment[aá]rio)\b.{0,40}$/i,
      /\b(?:eingeloggt|angemeldet|registriert) sein,? um (?:einen )?kommentar/i,
      /\b(?:comments?|coment[aá]rios?|comentarios?|kommentare?|commentaires?|commenti)\b.{0,120}\b(?:moderat|approv|aprovad|aprobad|freigabe|freigeschaltet|publi[ée]s? apr[eè]s|reviewed before)/i,
      /^(?:tell us what you think|what do you think\?|share your (?:thoughts|views|opinion)|have your say|join the debate|was meinen sie\?|votre avis\s*\?|¿?qu[ée] opinas\?)\b.{0,60}$/i,
    ],
  },
  {
    id: 'ad-block-notice',
    reason: 'ad-block-notice',
    maxLength: 400,
    patterns: [
      /^ad-?\s?block(?:er)? (?:detected|notice|enabled)\s*!?$/i,
      /\bad-?\s?block(?:er|ers|ing)?\b.{0,120}\b(?:disabl|whitelist|white-list|allowlist|turn(?:ing)? off|pause|detected|support us|using)/i,
      /\b(?:disabl|whitelist|turn(?:ing)? off|pause)\w*\b.{0,60}\bad-?\s?block(?:er|ers|ing)?\b/i,
      /^(?:we|it looks like you|looks like you)(?:'re| are| have)? (?:notice[d]? (?:that )?you(?:'re| are) )?using an? ad[- ]?blocker\b/i,
    ],
  },
  {
    id: 'cookie-notice',
    reason: 'cookie-notice',
    maxLength: 500,
    patterns: [
      /\b(?:we|this (?:site|website)|our (?:site|website)) (?:and our partners )?uses? cookies\b/i,
      /^(?:accept|reject|decline|manage|allow)(?: all)?(?: cookies| cookie settings)?$/i,
      /^cookie (?:settings|preferences|policy|notice|consent)$/i,
      /^(?:privacy|consent) (?:settings|preferences)$/i,
      /\bby (?:continuing to (?:use|browse)|using|browsing) (?:this|our) (?:site|website)\b.{0,80}\b(?:agree|consent|accept)\b/i,
    ],
  },
  {
    id: 'advertisement',
    reason: 'advertisement',
    maxLength: 320,
    patterns: [
      /\b(?:if|when) you (?:buy|purchase|click)\b.{0,80}\b(?:commission|share of the sale|small fee|earn|compensat)/i,
      /^(?:we|this (?:site|article|post|page)) (?:may )?(?:earn|receive|contains?)s? (?:an? )?(?:small )?(?:affiliate )?(?:commission|links)\b/i,
      /^(?:this (?:post|article|page) (?:may )?contains? affiliate links|affiliate disclosure)\b/i,
      /^(?=.{0,80}$)(?:advertisement|advertising|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content| stories)?|paid (?:content|post|partner content)|partner content)\s*:?$/i,
      /^[-–—(\s]*(?:advert|iklan|annonce|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama|реклама|publicidade|advertentie)[-–—)\s]*:?$/i,
      /^(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?$/i,
      /^(?:scroll (?:down )?to continue(?: (?:reading|with content))?|continue reading below|skip (?:this )?ad|remove ads)$/i,
    ],
  },
  {
    id: 'navigation',
    reason: 'navigation',
    maxLength: 60,
    patterns: [
      /^(?:skip to (?:main )?(?:content|navigation|search)|toggle (?:navigation|menu)|main menu|menu|search|close|open menu|back to top|go to top|scroll to top|sign in|log in|login|log out|register|sign up|subscribe|my account|home|homepage|show more|load more|see more|view all|see all|more|zur[uü]ck|weiter|startseite|suche|men[uü]|anmelden|abmelden|retour|accueil|rechercher|inicio|volver|buscar|indietro|cerca|wstecz|szukaj|назад|поиск|главная)\s*[»›>→]?$/i,
      /^(?:loading|wird geladen|chargement|cargando|caricamento|[łl]adowanie|загрузка)\s*(?:\.{3}|…)?$/i,
      /^(?:externer inhalt|external content|contenu externe|bild anzeigen(?: bild schlie(?:ß|ss)en)?|(?:open|close|enlarge|view) (?:image|gallery|photo)|toggle caption|caption|expand|collapse|image \d+ of \d+|\d+ of \d+)$/i,
    ],
  },
  {
    id: 'markup-residue',
    reason: 'chrome',
    maxLength: 300,
    patterns: [
      /\b(?:requires|enable|needs) javascript\b|^javascript (?:is )?(?:disabled|required)\b|^your browser does not support\b/i,
      /^\[\/?[a-z_-]+(?:\s+[a-z_-]+\s*=[^\]]*)?\]/i,
    ],
  },
  {
    id: 'credit-line',
    reason: 'byline',
    maxLength: 320,
    patterns: [
      /^\(?\s*(?:additional )?(?:reporting|writing) by\b.{0,280}\)?\.?$/i,
      /^[\p{Lu}][^.]{0,200}\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,60}$/u,
    ],
  },
  {
    id: 'footer',
    reason: 'footer',
    maxLength: 240,
    patterns: [
      /^(?:(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|cookie policy|contact(?: us)?|about(?: us)?|advertise(?: with us)?|careers|sitemap|site map|imprint|impressum|accessibility|help|faq|rss|newsletters?|jobs|corrections|ethics policy|editorial standards|masthead|do not sell my (?:personal )?info(?:rmation)?|datenschutz(?:erkl[aä]rung)?|agb|kontakt|mentions l[ée]gales|confidentialit[ée]|aviso legal|pol[ií]tica de privacidad|privacy|note legali|polityka prywatno[sś]ci|regulamin|контакты|copyright)\s*(?:[|•·/,–-]\s*|$)){1,}$/i,
      /^(?:tags?|topics?|filed under|categories|category|keywords|related topics|more on|schlagw[oö]rter|themen|mots-cl[ée]s|etiquetas|tag)\s*:\s*\S.{0,200}$/i,
      /^(?:posted in|filed (?:in|under)|tagged(?: with)?|categori[sz]ed (?:in|as))\s+\S.{0,200}$/i,
    ],
  },
  {
    id: 'promo-insert',
    reason: 'promo',
    maxLength: 600,
    patterns: [
      /^(?:pro tip|quick tip|top tip|insider tip|bonus tip|expert tip|did you know|fun fact|quick fact)\b\s*[:?!.–—-]/i,
    ],
  },
  {
    id: 'photo-credit',
    reason: 'chrome',
    maxLength: 140,
    patterns: [
      /^(?:photo|photograph|image|picture|illustration|video|graphic|file photo|bild|foto|titelbild|fotograf[ií]a|zdj[eę]cie|фото)s?(?: credits?| courtesy)?\s*(?::|©|by\b)\s*\S.{0,100}$/i,
      /^(?:cr[ée]dits? (?:photos?|images?)|bildquelle|bildnachweis|fuente de la imagen|image source|image caption|media caption)\s*[:,]?\s*\S.{0,100}$/i,
      /^(?:©|\(c\)|copyright)\s*:?\s*(?:\d{4}|\p{Lu}).{0,120}$/iu,
      /\((?:image|photo|picture|pic|credit|foto|bild)s?\s*:\s*[^)]{1,60}\)\s*$/i,
      /\((?:(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Bloomberg|PA|DPA|ANSA|TASS|Sputnik)\s*)?Photos?\b[^)]{0,60}\)\s*$/i,
      /(?:^|[|/]\s*)(?:Getty Images|Shutterstock|iStock(?:photo)?|AFP via Getty Images|Bloomberg via Getty Images|Reuters\/[\p{L} ]{2,40}|AP Photo(?:\/[\p{L}. ]{2,40})?)\s*$/iu,
      /^all rights reserved\.?$/i,
    ],
  },
  {
    id: 'internal-link-promo',
    reason: 'teaser',
    maxLength: 240,
    patterns: [
      /^for (?:a |an |more )?(?:deeper|closer|further|more|in-depth|detailed|fuller|broader) (?:dive|look|reading|analysis|information|insights?|coverage|context|background)\b.{0,160}\b(?:see|read|check out|explore|visit|consult)\b/i,
      /^(?:explore|read|check out|see|discover|browse|dive into) (?:our|more of our) (?:full |latest |in-depth |complete |detailed |related |previous )?(?:guides?|analys[ie]s|coverage|reports?|articles?|explainers?|series|archives?|stor(?:y|ies)|pieces?|overviews?|deep dives?|breakdowns?|posts?|features?)\b/i,
      /^learn more about\b/i,
      /^\[?(?:related(?: [\p{L}]+)?|read also|also read|read more|see also|see more|also|more|watch|listen|read next|recommended|also on \S+|lesen sie (?:auch|hier|mehr)|auch interessant|mehr zum thema|siehe auch|[àa] lire (?:aussi|[ée]galement)|lire aussi|voir aussi|lee (?:tambi[ée]n|m[aá]s)|ver tambi[ée]n|leggi anche|vedi anche|czytaj (?:te[zż]|tak[zż]e|r[oó]wnie[zż])|zobacz (?:te[zż]|tak[zż]e|r[oó]wnie[zż])|читайте (?:также|тоже)|см\. также|leia (?:tamb[ée]m|mais)|veja (?:tamb[ée]m|mais)|lees ook)\s*[:|–—»›>]\s*\S.{0,200}$/iu,
      /^also on \S+\.\p{L}{2,}\s+\S.{0,200}$/iu,
      /^(?:previous|next|prev|older|newer) (?:article|post|story|entry)\s*[:|–—»›>]\s*\S.{0,200}$/i,
    ],
  },
];

/** Labels that introduce exactly one teaser title (the previous / next article link). */
export const SINGLE_TEASER_LABEL =
  /^(?:[«‹<←]\s*)?(?:previous|next|prev|older|newer) (?:article|post|story|entry|item|page|read)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:previous|prev)(?:\s*[»›>→])?$|^next\s*[»›>→]$|^(?:[«‹<←]\s*)?(?:vorherige[rs]?|n[aä]chste[rs]?) (?:artikel|beitrag|seite)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:article|billet) (?:pr[ée]c[ée]dent|suivant)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:art[ií]culo|entrada|noticia) (?:anterior|siguiente)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:siguiente|pr[oó]xim[oa]) (?:art[ií]culo|entrada|noticia|post)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?articolo (?:precedente|successivo)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:poprzedni|nast[eę]pny) (?:artyku[lł]|wpis)(?:\s*[»›>→])?\s*:?$|^(?:[«‹<←]\s*)?(?:предыдущая|следующая) (?:статья|новость|запись)(?:\s*[»›>→])?\s*:?$/i;

/** Labels that introduce a list of teaser titles (related / recommended articles). */
export const LIST_TEASER_LABEL =
  /^(?:more|more (?:great |top |recent |related |popular |trending )?(?:[\p{L}'’]+ ){0,2}(?:stories|articles|news|coverage|reads|videos|posts)|(?:popular|trending|most read|top stories|latest) (?:on|at|from|in) .{1,40}|you (?:may|might|could|will) (?:also )?(?:like|enjoy|be interested in)|you may have missed|(?:related|similar|recommended|more|latest|popular|trending|top|featured|other|further) (?:articles?|posts?|stories|news|reads?|reading|coverage|content|videos?|headlines|links)|related|recommended(?: for you)?|read (?:also|next|more)|also read|see also|more (?:from|on|in|about) .{1,40}|more (?:to|you should) (?:read|explore)|trending(?: now)?|most (?:read|popular|viewed|shared)|editor'?s? picks?|(?:don't|do not) miss|up next|what to read next|in other news|around the web|from (?:our|the) (?:network|partners)|popular (?:now|today|this week)|(?:latest|top) (?:headlines|news)|keep reading|read these next|mehr zum thema(?: .{1,40})?|lesen sie auch|auch interessant|das k[oö]nnte sie (?:auch )?interessieren|weitere (?:artikel|beitr[aä]ge|nachrichten|themen)|verwandte (?:artikel|beitr[aä]ge|themen)|[aä]hnliche (?:artikel|beitr[aä]ge)|schon gelesen\??|empfehlungen|meistgelesen|[àa] lire (?:aussi|[ée]galement)|lire aussi|sur le m[eê]me sujet|articles? (?:similaires|li[ée]s)|dans la m[eê]me rubrique|lee tambi[ée]n|te puede interesar|noticias relacionadas|art[ií]culos relacionados|m[aá]s noticias|leggi anche|potrebbe interessarti|articoli correlati|czytaj (?:te[zż]|tak[zż]e|r[oó]wnie[zż])|zobacz (?:te[zż]|tak[zż]e|r[oó]wnie[zż])|polecane|читайте также|похожие (?:статьи|материалы|новости)|по теме|leia tamb[ée]m|veja tamb[ée]m|not[ií]cias relacionadas|lees ook|gerelateerde artikelen)\s*(?::|\.{3}|…)?$/iu;

/** A byline line: a cue word followed by a name-shaped rest. */
export const BYLINE_CUE =
  /^(?:by|written by|words by|story by|reporting by|reported by|text by|author|authors|posted by|von|par|por|di|door|av|autor|autorin|auteur|autore|текст|автор)\s*:?\s+(?=\S)/i;

/** Labels of an author box: the label and the short bio after it are not the story. */
export const AUTHOR_BOX_LABEL =
  /^(?:about the author|about the authors|author bio|[uü]ber (?:den|die) autor(?:in)?|zur person|[àa] propos de l'auteur|sobre el autor|sull'autore|o autorze|об авторе|sobre o autor|over de auteur)\s*:?$/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const TIME =
  '(?:\\s*[,|·•]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}))?)?';
const DAY_NAME = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** Lines that are only a date, a time, a reading time or a "Published/Updated …" stamp. */
export const DATE_LINE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `^(?:published|updated|posted|last updated|last modified|first published|modified|created|date|publiziert|ver[oö]ffentlicht|aktualisiert|zuletzt aktualisiert|stand|datum|publi[ée]|mis [àa] jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|опубликовано|обновлено|gepubliceerd|bijgewerkt)(?: on| at| am| le| el| il| op)?\\s*:?\\s+(?:${DAY_NAME})?(?:\\d|${MONTH}\\b|today|yesterday).{0,50}$`,
    'i',
  ),
  new RegExp(
    `^${DAY_NAME}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?\\d{4}${TIME}$`,
    'i',
  ),
  new RegExp(`^${DAY_NAME}${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?${TIME}$`, 'i'),
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?)?$/i,
  /^\d+\s*(?:min(?:ute)?s?|m)\.?\s+read(?:ing time)?$/i,
  /^(?:reading time|read time|estimated reading time|tempo de leitura|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania|время чтения|leestijd)\s*:?\s*(?:ca\.?\s*)?\d+.{0,20}$/i,
  /^\d+\s*(?:min(?:uten|utes|utos|uti)?\.?)\s+(?:lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|czytania|чтения|leestijd)$/i,
  /^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
];

/** Separators between the parts of a combined metadata line ("By Ana Ruiz | 7 Dec 2025 · 4 min read"). */
export const META_PART_SEPARATOR = /\s+[|·•—–-]\s+|\s*[|·•]\s*/;

/** "You are here:" before a breadcrumb trail. */
export const BREADCRUMB_PREFIX =
  /^(?:you are here|vous [êe]tes ici|sie sind hier|est[áa]s aqu[íi]|ti trovi (?:qui|in))\s*:\s*/i;

/** Breadcrumb separators: strong ones are rarely used in prose. */
export const BREADCRUMB_STRONG_SEPARATOR = /\s*(?:»|›|→|▸|⟩|≫|❯|>>)\s*/;
export const BREADCRUMB_WEAK_SEPARATOR = /\s+(?:>|\/|\||::|-)\s+/;
/** The first crumb of a breadcrumb trail. */
export const BREADCRUMB_ROOT =
  /^(?:home|homepage|home page|start|main|main page|front page|news|index|accueil|inicio|startseite|главная|головна)$/i;
