/**
 * @module extract/metadata/language.data
 * Frequent function words per language (ISO 639-1), for the stopword language detector, and the
 * letters that tell Cyrillic languages apart.
 */

export const STOPWORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it with was on as are be by this have from at not but they his her which you were has their said will would been who more we its also an after than about',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie über einen so zum war haben nur oder aber vor zur bis mehr durch',
  fr: 'le la les de des et en un une du est que qui dans pour pas sur au par plus ne se ce il sont avec aux son sa ses mais comme été ont cette nous elle leur où aussi fait dont être',
  es: 'el la de que y en los del se las por un para con una no su al es lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde desde todo nos durante ha',
  it: 'il di che e la per in un è non una del della le si da dei con al sono alla anche più come ma nel gli lo delle ha questo essere ci suo sua degli quando nella sul',
  pt: 'de que o a do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso',
  nl: 'de het een van en in is dat op te zijn met voor niet aan er ook als bij door maar om dan nog wordt uit naar zo tot hij worden was heeft deze geen meer kan zich ze werd',
  ru: 'и в не на что с по как это он к но из у о за от то для же так все она бы уже был его было только есть или также может был при если мы их ее',
  uk: 'і в не на що з до як це він та у але за від для так вже було його був її також може є або щоб які при якщо ми їх цього через',
  pl: 'i w nie na się z do że jest to o jak ale po co tak za od już przez dla jego jej być są może tylko był było czy oraz także który która które gdy również',
  sv: 'och i att det som en på är av för med till den har de inte om ett han var men sig från vi så kan hon när skulle också efter eller nu vid',
  tr: 've bir bu da de için ile olarak çok daha ne gibi olan en ama kadar sonra her değil ki mi var bu şekilde ise yani göre ancak tarafından olduğu',
  da: 'og i at det er en til på som de med af for ikke der var har den han et om vi men fra også kan efter sig blev skal eller',
  no: 'og i det er som en på til av at for med har ikke den de et om var jeg men fra også kan etter seg ble skal eller hun',
  fi: 'ja on ei se että oli hän ovat tai kuin mutta myös sen joka mitä jos ole vain niin tämä kun ovat olla hänen sekä',
  cs: 'a se na je že v to s z do o jako ale by pro jsou jeho jak už když není také bylo byl která který které tak podle',
  ro: 'și în de la a cu că pe nu o din se este un pentru mai care sau fost au ca lui sunt dar acest această fi și',
  hu: 'a az és hogy nem is egy meg de van volt csak már még ki el mint ez azt ha vagy kell lesz pedig után',
  ca: 'el la de i que en els les per un una amb no del es al com més però hi ha és va seu seva també',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah ada karena bisa oleh mereka kami telah',
};

/** Letters found in one Cyrillic language and not in Russian (and vice versa). */
export const UKRAINIAN_LETTERS = /[іїєґ]/giu;
export const RUSSIAN_LETTERS = /[ыэъё]/giu;
export const BULGARIAN_WORDS = /(?<![\p{L}])(на|за|от|се|са|че|да|ще|които|който|това)(?![\p{L}])/giu;
