// Round 7b: the plainest words of the cause families in Chinese (simplified and traditional), Japanese,
// Russian and Turkish, and the ones German, Spanish and Portuguese texts still missed, as mail programs
// and servers write them in their own translation catalogues (PHPMailer's language files
// phpmailer.lang-{zh_cn,zh,ja,ru,tr,de,es,pt_br}.php, Roundcube's localization/*/messages.inc, QQ/163
// mail's "授权码" help pages, Exchange's localized delay notices). Read like other-languages.ts: short
// code-less texts only (word-families.ts), weak evidence. Then delay notices in those languages, and
// the texts that say too little to name any cause (a bounce's bare subject line, a bare ambiguous code).
// No \b next to a non-ASCII letter: without the u flag it is not a word character.
import type { Analysis } from '../types.ts';
import type { WordFamily } from './word-families.ts';
import type { ClientFamily } from './client-texts-r7.ts';
import type { Situation } from './context.ts';
import { NDR_HEADING_ONLY_R10 } from './languages-r10.ts';

// The person's login was refused (PHPMailer's "authenticate", QQ/163's authorization code, an app's
// "SMTP verification error").
const LOGIN_FAILED = /登[录錄陆陸]失[败敗]|[认認][证證]失[败敗]|[验驗][证證]失[败敗]|身份[验驗][证證](?:失[败敗]|[错錯][误誤])|[帐账賬][户戶号號]或密[码碼](?:[错錯][误誤]|不正确|不正確)|密[码碼](?:[错錯][误誤]|不正确|不正確)|授[权權][码碼]|認証(?:でき(?:ません|なかった)|に失敗|エラー)|ログイン(?:でき(?:ません|なかった)|に失敗)|パスワードが(?:正しくありません|間違って)|ошибка (?:авторизации|аутентификации)|не удалось (?:авторизоваться|войти|пройти (?:аутентификацию|авторизацию))|неверн(?:ый|ое) (?:пароль|имя пользователя|логин)|oturum a[cç][ıi]lamad[ıi]|kimlik do[gğ]rulama(?:s[ıi])? (?:ba[sş]ar[ıi]s[ıi]z|hatas[ıi])|(?:[sş]ifre|parola) (?:yanl[ıi][sş]|hatal[ıi])|imposible autentificar|\bsmtp verification (?:error|fail)/i;

// The program could not reach its server (PHPMailer's "connect_host" and "smtp_connect_failed").
const CONNECT_FAILED = /(?:无法|無法|不能)[连連]接|[连連](?:接|线|線)(?:失[败敗]|超[时時]|被拒[绝絕])|[连連]接(?:服[务務]器|主[机機])失[败敗]|接続(?:でき(?:ません|なかった)|に失敗)|не (?:удается|удаётся|удалось) (?:подключиться|соединиться|установить соединение)|ошибка (?:соединения|подключения) с|сбой (?:соединения|подключения)|ba[gğ]lan[ıi]lamad[ıi]|ba[gğ]lant[ıi](?:s[ıi])? (?:hatas[ıi]|kurulamad[ıi]|ba[sş]ar[ıi]s[ıi]z)|n[aã]o foi poss[ií]vel conectar|imposible conectar/i;

// The recipient's address is not known ("ungültiger Empfänger", "用户不存在", "пользователь не найден").
const UNKNOWN_RECIPIENT = /ung(?:ü|ue)ltige[rn]? empf(?:ä|ae)nger|unbekannte[rn]? empf(?:ä|ae)nger|(?:收件人|用[户戶]|帐[户號]|賬[户戶]|地址|邮箱|郵箱)不存在|查无此[人用]|無此用[户戶]|无此用户|宛先(?:が見つかりません|不明)|(?:ユーザー|アドレス)が(?:存在しません|見つかりません)|пользовател[ья] (?:не найден|не существует)|(?:получател[ья]|адресат|адрес) (?:не найден|не существует)|неизвестный (?:получатель|пользователь|адресат)|(?:al[ıi]c[ıi]|kullan[ıi]c[ıi]|adres) bulunamad[ıi]|bilinmeyen (?:al[ıi]c[ıi]|kullan[ıi]c[ıi])/i;

// The recipient's mailbox is full.
const MAILBOX_FULL = /(?:邮箱|郵箱|信箱|邮件箱|郵件箱)(?:空[间間])?(?:已[满滿]|[满滿]了|容量不足|空[间間]不足)|メールボックス(?:が|は)?(?:いっぱい|満杯|容量(?:を|が)?超過)|почтовый ящик (?:получателя )?(?:переполнен|заполнен)|ящик переполнен|posta kutusu (?:dolu|doldu)|\bquota (?:d[ée]pass[ée]|atteint|exc[ée]d[ée])|\bcuota (?:excedida|superada|llena)\b|\bquota (?:superata|esaurita)\b|\b(?:cota|quota) (?:excedida|ultrapassada)\b|\bquotum (?:is )?(?:overschreden|bereikt)\b|\bprzekroczono limit (?:miejsca|skrzynki|pojemno[sś]ci)/i;

// The person's own sender address is refused or wrong (PHPMailer's "from_failed").
const SENDER_INVALID = /(?:发件人|發件人|发送|發送|发信|發信)地址(?:[错錯][误誤]|无效|無效|不正确|不正確)|Fromアドレスに間違い|送信者(?:の)?アドレス(?:が|に)(?:無効|間違い)|неверный адрес отправителя|адрес отправителя (?:отклон[её]н|неверен|не разреш[её]н)|g[oö]nderen adresi (?:ge[cç]ersiz|reddedildi)/i;

// An address the program was given is not a valid address (PHPMailer's "invalid_address", Roundcube's
// "emailformaterror"): the address as typed in the program.
const ADDRESS_INVALID = /ge[cç]ersiz e-?posta adresi|e-?posta adresi ge[cç]ersiz|(?:无效的|無效的)(?:电子邮件|電子郵件|邮件|郵件)?地址|(?:电子邮件|電子郵件|邮件|郵件|邮箱|郵箱)地址(?:无效|無效|格式(?:不正确|錯誤|错误))|メールアドレスが正しくありません|неправильн\S{0,3} формат\S{0,2} (?:email|e-mail|электронн)|неверный (?:email|e-mail)?-?адрес:/i;

// The message is too big.
const TOO_LARGE = /(?:邮件|郵件|附件|信件)(?:大小)?(?:过大|過大|太大|超[过過](?:大小)?限制)|(?:消息|邮件|郵件|信件)(?:长度|長度|大小)超[过過出]|サイズが(?:大きすぎ|制限を超え)|(?:сообщение|письмо|вложение) слишком (?:большое|велико)|превышен (?:максимальный )?размер (?:сообщения|письма)|(?:mesaj|[iİ]leti) (?:[cç]ok b[uü]y[uü]k|boyutu[^\n]{0,40}(?:[cç]ok b[uü]y[uü]k|a[sş][ıi]ld[ıi]|a[sş][ıi]yor))/i;

// The receiving side judged the message spam.
const SPAM = /(?:被|已)?(?:判定|识别|識別|认定|認定|判断|判斷)为?(?:垃圾邮件|垃圾郵件)|迷惑メールと(?:判定|判断)|(?:признано|распознано|помечено) как спам|spam olarak (?:alg[ıi]land[ıi]|i[sş]aretlendi)|\b(?:consid[ée]r[ée]e?|d[ée]tect[ée]e?|identifi[ée]e?) comme (?:du )?spam\b|\b(?:considerad[oa]|detectad[oa]|marcad[oa]|identificad[oa]) como spam\b|\b(?:considerat[oa]|rilevat[oa]|identificat[oa]) come spam\b|\b(?:aangemerkt|herkend) als spam\b|\b(?:uznan[ay]|rozpoznan[ay]|oznaczon[ay]) jako spam\b|\bals spam (?:eingestuft|erkannt)/i;

// A relay the server will not do for this program (no login, or not its customer).
const RELAY_DENIED = /(?:不允许|不允許|拒[绝絕])(?:中[继繼]|[转轉]发|[轉转]發)|中[继繼](?:被拒[绝絕]|不允许|不允許)|リレー(?:を)?拒否|(?:релей|ретрансляция|пересылка) (?:запрещена|запрещ[её]н|не разрешена)|\brelais (?:refus[ée]|non autoris[ée])|\bretransmisi[oó]n (?:denegada|no permitida)|\bno se permite (?:la )?retransmisi[oó]n|\binoltro (?:negato|non consentito)\b|\brelay (?:geweigerd|niet toegestaan)\b|\bprzekazywanie (?:odrzucone|niedozwolone)|\brelaying (?:verweigert|abgelehnt)\b/i;

// The server says it is busy or down for now ("服务器暂时不可用", "сервер временно недоступен").
const SERVER_UNAVAILABLE = /(?:服[务務]器|系[统統])(?:暂时|暫時)(?:不可用|无法|無法|繁忙)|稍[后後](?:再[试試]|重[试試])|一時的に(?:利用できません|使用できません)|сервер временно недоступен|повторите попытку позже|sunucu ge[cç]ici olarak (?:kullan[ıi]lam[ıi]yor|ula[sş][ıi]lam[ıi]yor)|daha sonra tekrar deneyin|\b(?:serveur|service) (?:temporairement |momentan[ée]ment )?indisponible\b|\b(?:servidor|servicio) (?:temporalmente )?no disponible\b|\b(?:server|servizio) (?:temporaneamente )?non disponibile\b|\b(?:servidor|servi[cç]o) (?:temporariamente )?indispon[ií]vel|\b(?:server|dienst) (?:is )?(?:tijdelijk )?niet beschikbaar\b|\b(?:serwer|us[lł]uga) (?:jest )?(?:tymczasowo )?niedost[eę]pn[ya]|\b(?:server|dienst) (?:ist )?(?:zurzeit|zur zeit|vor(?:ü|ue)bergehend|momentan|derzeit) nicht (?:erreichbar|verf(?:ü|ue)gbar)/i;

// The sender's own allowance ("发送数量超过限制", "превышен лимит отправки").
const SENDING_LIMIT = /(?:发送|發送|发信|發信)(?:数量|數量|次数|次數|频率|頻率)?(?:超[过過出]?(?:限制|上限)|过于频繁|過於頻繁)|送信(?:数|上限)(?:を|の)?(?:超え|超過)|превышен (?:лимит|предел) (?:отправки|писем|сообщений)|g[oö]nderim (?:limiti|kotas[ıi]) a[sş][ıi]ld[ıi]|\blimite d'envoi (?:atteinte|d[ée]pass[ée]e)|\bl[ií]mite de env[ií]o (?:alcanzado|superado|excedido)|\blimite di invio (?:raggiunto|superato)\b|\blimite de envio (?:atingido|excedido|ultrapassado)\b|\bverzendlimiet (?:is )?(?:bereikt|overschreden)\b|\b(?:przekroczono|osi[aą]gni[eę]to) limit wysy[lł]|\b(?:versand|sende)limit (?:erreicht|(?:ü|ue)berschritten)|\blimit (?:zum|für das) (?:senden|versenden|verschicken) von (?:e-?mails|nachrichten) (?:erreicht|(?:ü|ue)berschritten)/i;

// Exchange's and Outlook's own NDR sentences as they are localized (Microsoft's NDR texts in German,
// Spanish, French, Portuguese, Italian, Dutch): specific enough to name the cause in a whole report.
// The recipient's mailbox is full ("El buzón del destinatario está lleno y no puede aceptar mensajes").
const NDR_MAILBOX_FULL = /\bel buz[oó]n del destinatario est[aá] lleno|\bdas postfach des empf(?:ä|ae)ngers ist voll|\bla bo[iî]te aux lettres du destinataire est pleine|\ba caixa de correio do destinat[aá]rio est[aá] cheia|\bla cassetta postale del destinatario [eè] piena|\bhet postvak van de (?:geadresseerde|ontvanger) is vol\b|\bskrzynka pocztowa adresata jest pe[lł]na/i;
// The address as typed was not found ("Die eingegebene E-Mail-Adresse wurde nicht gefunden").
const NDR_ADDRESS_NOT_FOUND = /\bdie (?:von ihnen )?eingegebene e-mail-adresse wurde nicht gefunden|\bno se (?:encontr[oó]|pudo encontrar) la direcci[oó]n de correo electr[oó]nico que (?:escribi[oó]|especific[oó]|ingres[oó])|\bl'adresse (?:de messagerie|e-mail) (?:que vous avez entr[ée]e|saisie) est introuvable|\bn[aã]o foi poss[ií]vel encontrar o endere[cç]o de e-?mail (?:que )?(?:voc[eê] )?(?:inseriu|digitou)|\bl'indirizzo di posta elettronica (?:immesso|specificato) non [eè] stato trovato|\bhet e-?mailadres dat u hebt (?:ingevoerd|opgegeven),? (?:is|werd) niet gevonden/i;
// Sending on someone else's behalf without the right ("Sie besitzen nicht die Berechtigung, die Nachricht
// im Auftrag des angegebenen Benutzers zu senden"): the sender's own account, its admin grants the right.
const NDR_SEND_AS = /\bnicht die berechtigung,? (?:die nachricht |nachrichten )?im (?:auftrag|namen) de[rsn]? [^\n]{0,60}zu senden|\bno tiene (?:el )?permiso para enviar (?:el mensaje |mensajes )?en nombre d(?:el?|e la)\b|\bn'avez pas l'autorisation d'envoyer (?:le message |des messages )?(?:au nom|de la part) d|\bn[aã]o tem permiss[aã]o para enviar (?:a mensagem |mensagens )?em nome d[eoa]s?\b|\bnon dispone dell'autorizzazione per inviare (?:il messaggio |messaggi )?per conto d|\bniet gemachtigd om (?:het bericht |berichten )?(?:namens|uit naam van)\b/i;

export const LANGUAGE_R7_FAMILIES: readonly WordFamily[] = [
  { id: 'lang_ndr_mailbox_full', match: NDR_MAILBOX_FULL, reason: 'mailboxfull', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'lang_ndr_address_not_found', match: NDR_ADDRESS_NOT_FOUND, reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'lang_ndr_send_as', match: NDR_SEND_AS, reason: 'rejected', bucket: 'sender-account', client: false, anywhere: 'sender' },
  { id: 'lang_mailbox_full', match: MAILBOX_FULL, reason: 'mailboxfull', bucket: 'recipient', client: false },
  { id: 'lang_unknown_recipient', match: UNKNOWN_RECIPIENT, reason: 'userunknown', bucket: 'recipient', client: false },
  { id: 'lang_too_large', match: TOO_LARGE, reason: 'emailtoolarge', bucket: 'content', client: false },
  { id: 'lang_spam', match: SPAM, reason: 'spamdetected', bucket: 'policy-reputation', client: false },
  { id: 'lang_sending_limit', match: SENDING_LIMIT, reason: 'ratelimited', bucket: 'sender-account', client: false },
  { id: 'lang_address_invalid', match: ADDRESS_INVALID, reason: 'mailererror', bucket: 'settings', client: true },
  { id: 'lang_sender_invalid', match: SENDER_INVALID, reason: 'rejected', bucket: 'sender-account', client: true },
  { id: 'lang_relay_denied', match: RELAY_DENIED, reason: 'norelaying', bucket: 'settings', client: true },
  { id: 'lang_login_failed', match: LOGIN_FAILED, reason: 'securityerror', bucket: 'credentials', client: true, anywhere: 'sender' },
  { id: 'lang_connect_failed', match: CONNECT_FAILED, reason: 'networkerror', bucket: 'settings', client: true },
  { id: 'lang_server_unavailable', match: SERVER_UNAVAILABLE, reason: 'systemerror', bucket: 'remote-transient', client: false },
];

// A delay notice as Exchange and other servers localize it ("Die Zustellung an folgende Empfänger oder
// Gruppen wurde verzögert", "La remise … est retardée", "La entrega … se ha retrasado", "A entrega …
// está atrasada", "Il recapito … è stato ritardato", "De bezorging … is vertraagd", "投递延迟",
// "配信が遅延", "доставка … задерживается"): still being retried, nobody acts yet.
export const LANGUAGE_DELAY = /\bzustellung\b[^\n]{0,100}\bwurde verz(?:ö|oe)gert|\bla remise\b[^\n]{0,100}\b(?:est|a été) retard[ée]e|\bla entrega\b[^\n]{0,100}\bse ha retrasado|\ba entrega\b[^\n]{0,100}\b(?:est[aá]|foi) atrasada|\bil recapito\b[^\n]{0,100}\b[eè] (?:stato )?ritardato|\b(?:de )?bezorging\b[^\n]{0,100}\bis vertraagd|\bdostarczenie\b[^\n]{0,100}\bjest op[oó][zź]nione|(?:投递|投遞|递送|遞送|传递|傳遞)(?:被)?延[迟遲]|配信が遅延|\bдоставка\b[^\n]{0,100}(?:задерживается|задержана|отложена)|teslimat[ıi]? gecikti/i;

// A bounce's bare subject line, in any of the usual wordings, with nothing else: it says the message
// came back but not why ("Undelivered Mail Returned to Sender", "Mail delivery failed", "Unzustellbar:
// <subject>"). The subject of the original after "Undeliverable:" is the person's own words, not a cause.
const BOUNCE_SUBJECT = /^(?:(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|тема|主[题題]) ?[:：] ?)?(?:undelivered mail returned to sender|mail delivery failed(?: ?: returning message to sender)?|delivery status notification \(failure\)|returned mail: see transcript for details|(?:message )?delivery (?:failure|failed)|failure notice|mail delivery (?:failure|system)|(?:undeliverable|unzustellbar|nicht zustellbar|non remis|no se puede entregar|n[aã]o (?:é poss[ií]vel )?entreg(?:ue|ar)|impossibile recapitare|onbestelbaar|niedostarczalne|недоставленное сообщение|系统退信|系統退信|退信)(?: ?[:：][^\n]{0,120})?)$/i;

// A reply code alone, with no words: 5.5.x (a command's syntax or its arguments, which Exchange also
// uses for "too many recipients") and a bare 550/554 name no cause on their own. A well-known code
// alone (535 5.7.8 a refused login, 552 5.2.2 a full mailbox, 530 a login required) keeps its meaning.
const BARE_CODE = /^(?:(?:50[0-4]|55[0134])(?:[ -]{1,3}5\.(?:5\.\d{1,3}|0\.0))?|(?:(?:50[0-4]|55[0134])[ -]{1,3})?5\.5\.\d{1,3})$/;

const TRAILING_STOP = /[.!。]$/;

/** A text that says too little to name a cause: a bounce's bare subject line. */
export function saysTooLittleToTell(text: string): boolean {
  if (text.length > 200) return false;
  return BOUNCE_SUBJECT.test(bare(text)) || NDR_HEADING_ONLY_R10.test(bare(text));
}

/**
 * An ambiguous code alone ("550 5.5.3") keeps its finding, so the code list still says what the code
 * means, but the engine's guess at a cause is dropped, and the word model gets no words to guess from:
 * "cause not clear", no one named to act.
 */
export function ambiguousCodeUnknown(text: string, analysis: Analysis): Analysis {
  if (text.length > 40 || !BARE_CODE.test(bare(text))) return analysis;
  return { ...analysis, findings: analysis.findings.map((f) => ({ ...f, reason: 'undefined', bucket: 'unknown', side: 'none', diagnostic: null })) };
}

// Trimmed and without a closing full stop here, so the patterns need no open-ended edges.
function bare(text: string): string {
  return text.trim().replace(TRAILING_STOP, '');
}

// QQ Mail's and NetEase's refusal of a password where their separate authorization code (授权码) is
// required ("535 Login Fail. Please enter your authorization code to login", "请使用授权码登录"), as
// their help pages describe it: the login, with the provider's own way to make that code.
const AUTH_CODE = /授[权權][码碼]|\bauthori[sz]ation code\b/i;
const LOGIN_CONTEXT = /\b535\b|\blog ?in\b|\bauthenticat|登[录錄陆陸]|[认認][证證]|密[码碼]|失[败敗]|[错錯][误誤]/i;
const AUTH_CODE_FAMILY: ClientFamily = {
  reason: 'securityerror', bucket: 'credentials', actor: 'sender',
  title: 'k_r7l_auth_code_t', summary: 'k_r7l_auth_code_s', steps: ['k_r7l_s_auth_code', 'k_s_verify_login'], donts: ['k_n_share_password', 'k_n_disable_auth'],
};

/** The family a refused login's words name in these languages (the authorization code), or null. */
export function languageFamilyR7(words: string, whole: string, situation: Situation): ClientFamily | null {
  if (situation === 'delay' || situation === 'bounce') return null;
  const text = (whole || words).slice(0, 2000);
  return AUTH_CODE.test(text) && LOGIN_CONTEXT.test(text) ? AUTH_CODE_FAMILY : null;
}
