// Round 8b: one phrase table, by language and by meaning, for the recurring errors in texts that are not
// in English, and for delay notices. The phrases are the wordings of public localisation catalogues, so a
// whole family is covered, not one sentence:
// - RC: Roundcube, program/localization/<lang>/messages.inc (smtpconnerror, smtpautherror, smtpfromerror,
//   smtptoerror, smtpsizeerror), https://github.com/roundcube/roundcubemail/tree/master/program/localization
// - TB: Thunderbird, <lang>/mail/messenger/messageSend.ftl (send-error-smtp-*, smtp-auth-failure,
//   smtp-starttls-failed, smtp-permanent-size-exceeded), https://github.com/thunderbird/thunderbird-l10n
// - GM: Gmail's localized bounce help, https://support.google.com/mail/answer/6596 (hl=de, es-419) and
//   https://support.google.com/mail/answer/22839 (hl=fr)
// - EX: Exchange/Outlook localized delay notices as hosts quote them (e.g. adino.at's German FAQ)
// The table only matches; each meaning is mapped onto the bucket, reason and who-acts that the English
// wording of the same error already gets (word-families.ts reads these families like its own).
// No \b next to a non-ASCII letter: without the u flag it is not a word character.
import type { Analysis } from '../types.ts';
import type { WordFamily } from './word-families.ts';
import { sideOfActor } from './actors.ts';
import { DELAY_PHRASES_R9, TEMPORARY_ERROR_R9 } from './languages-r9.ts';
import { DELAY_PHRASES_R10, TEMPORARY_WORDS_R10 } from './languages-r10.ts';


// The outgoing server, as the mail programs name it (TB send-error-smtp-*): only a mail program says this.
const OUT_R8 = String.raw`(?:serveur sortant|serveur smtp|servidor de salida|servidor smtp|server (?:di posta )?in uscita|server smtp|uitgaande \(?smtp-?\)?-?server|smtp-server|servidor de envio|serwer\S{0,3} [^\n]{0,40}poczty wychodz\S{1,4}|сервер\S{0,3} исходящей почты|送信 ?\(smtp\) ?サーバー|发件服务器|寄件伺服器|postausgangsserver|odchozí server|utgående server)`;

// The program could not connect to its outgoing server, or does not know it.
const CONNECT_R8 = [
  // TB fr: "la connexion au serveur sortant (SMTP) « … » a échoué", "… est inconnu"; RC fr: "échec lors de la connexion au serveur"
  // fr
  String.raw`[ée]chec (?:lors )?de la connexion au serveur`, String.raw`[ée]chec de la connexion smtp`, String.raw`connexion au ${OUT_R8}[^\n]{0,80}a [ée]chou[ée]`, String.raw`${OUT_R8}[^\n]{0,80}est inconnu`, String.raw`impossible de (?:se )?connecter au serveur`,
  // TB es: "ha fallado la conexión al servidor de salida (SMTP)"; RC es: "Ha fallado la conexión al servidor"
  // es
  String.raw`ha fallado la conexi[oó]n (?:al|con el) servidor`, String.raw`fall[oó] la conexi[oó]n (?:al|con el) servidor`, String.raw`no se (?:pudo|puede) conectar (?:al|con el) servidor`, String.raw`${OUT_R8}[^\n]{0,80}es desconocido`,
  // TB it: "la connessione al server in uscita (SMTP) … non è riuscita"; RC it: "Connessione al server fallita"
  // it
  String.raw`connessione al server[^\n]{0,80}(?:non [eè] riuscita|fallita)`, String.raw`impossibile connettersi al server`, String.raw`${OUT_R8}[^\n]{0,80}sconosciuto`,
  // TB nl: "het verbinden met uitgaande (SMTP-)server … is mislukt"; RC nl: "Verbinding met server mislukt"
  // nl
  String.raw`verbin(?:ding|den) met (?:de )?(?:uitgaande )?(?:\(?smtp-?\)?-?)?server[^\n]{0,60}mislukt`, String.raw`kon geen verbinding maken met (?:de )?server`, String.raw`${OUT_R8}[^\n]{0,80}is onbekend`,
  // TB pt-BR: "a conexão com o servidor de envio (SMTP) … falhou"; RC pt_BR: "Conexão ao servidor falhou"
  // pt
  String.raw`conex[aã]o (?:ao|com o) servidor[^\n]{0,80}falhou`, String.raw`n[aã]o foi poss[ií]vel ligar ao servidor`, String.raw`falha na conex[aã]o (?:ao|com o) servidor`, String.raw`n[aã]o (?:foi poss[ií]vel|[eé] poss[ií]vel) (?:se )?conectar ao servidor`, String.raw`${OUT_R8}[^\n]{0,80}n[aã]o [eé] conhecido`,
  // TB pl: "nie udało się połączyć z serwerem"; RC pl: "Nie można nawiązać połączenia z serwerem"
  // pl
  String.raw`nie (?:mo[zż]na|uda[lł]o si[eę]) (?:nawi[aą]za[cć] po[lł][aą]czenia|po[lł][aą]czy[cć]) z serwerem`, String.raw`nie mo[zż]na po[lł][aą]czy[cć] si[eę] z (?:wybranym )?hostem`, String.raw`${OUT_R8}[^\n]{0,20}jest nieznany`,
  // TB ru: "Сервер исходящей почты (SMTP) «…» неизвестен"
  // ru
  String.raw`${OUT_R8}[^\n]{0,80}неизвестен`,
  // TB ja: "送信 (SMTP) サーバー … が見つかりません", "… に接続できなかった"
  // ja
  String.raw`${OUT_R8}[^\n]{0,60}(?:が見つかりません|に接続できな)`,
  // TB zh-CN: "发件服务器（SMTP） … 未知"
  // zh
  String.raw`${OUT_R8}[^\n]{0,60}未知`,
  // PHPMailer's smtp_connect_failed keeps the function's name in every language ("SMTP Connect() fallita", "… selhal", "Falha na função SMTP connect()").
  // xx
  String.raw`\bsmtp connect\(\)`,
  // cs
  String.raw`nepoda[rř]ilo se p[rř]ipojit k serveru`, String.raw`nelze nav[aá]zat spojen[ií] se? (?:smtp )?serverem`,
  // sv
  String.raw`kunde inte ansluta till (?:e-?post)?servern`, String.raw`kunde inte ansluta till smtp-server`,
  // da
  String.raw`kunne ikke (?:oprette forbindelse til|forbinde til) serveren`,
].join('|');

// The connection to the outgoing server timed out or dropped (TB send-error-smtp-timeout, -interrupted).
const TIMEOUT_R8 = [
  // fr
  String.raw`connexion au ${OUT_R8}[^\n]{0,80}a (?:expir[ée]|[ée]t[ée] perdue)`, String.raw`d[ée]lai d'attente (?:de (?:la )?connexion )?(?:d[ée]pass[ée]|expir[ée])`,
  // es
  String.raw`ha caducado la conexi[oó]n`, String.raw`conexi[oó]n (?:al|con el) ${OUT_R8}[^\n]{0,80}se perdi[oó]`, String.raw`(?:se agot[oó]|agotado) el tiempo de espera`, String.raw`tiempo de espera (?:de (?:la )?conexi[oó]n )?agotado`,
  // it
  String.raw`connessione al ${OUT_R8}[^\n]{0,80}(?:[eè] scaduta|[eè] stata interrotta)`, String.raw`timeout della connessione`,
  // nl
  String.raw`wachttijd voor de verbinding[^\n]{0,80}is verlopen`, String.raw`verbinding met ${OUT_R8}[^\n]{0,80}werd verbroken`, String.raw`time-?out (?:van|bij) de verbinding`,
  // pt
  String.raw`conex[aã]o com o ${OUT_R8}[^\n]{0,80}(?:expirou|foi perdida)`, String.raw`tempo (?:limite )?(?:de conex[aã]o |de espera )?esgotado`,
  // pl
  String.raw`up[lł]yn[aą][lł] limit czasu po[lł][aą]czenia`, String.raw`po[lł][aą]czenie z serwerem[^\n]{0,80}zosta[lł]o przerwane`, String.raw`przekroczono limit czasu po[lł][aą]czenia`,
  // ru
  String.raw`время ожидания соединения[^\n]{0,80}истекло`, String.raw`соединение с ${OUT_R8}[^\n]{0,60}было (?:утеряно|потеряно|разорвано)`, String.raw`тайм-?аут соединения`,
  // ja
  String.raw`接続がタイムアウト`, String.raw`接続が切断された`,
  // zh
  String.raw`[连連]接在[传傳][输輸][过過]程中中[断斷]`,
  // de
  String.raw`zeit(?:ü|ue)berschreitung (?:bei der |der )?verbindung`, String.raw`verbindung[^\n]{0,60}zeit(?:ü|ue)berschreitung`,
].join('|');

// The login to the outgoing server was refused (TB smtp-auth-failure, RC smtpautherror).
const LOGIN_R8 = [
  // fr
  String.raw`[ée]chec (?:lors )?de l'authentification`, String.raw`authentification (?:a )?[ée]chou[ée]`, String.raw`impossible de s'authentifier`, String.raw`mot de passe (?:incorrect|invalide|erron[ée])`,
  // es
  String.raw`error de autenticaci[oó]n`, String.raw`autenticaci[oó]n fallida`, String.raw`fallo de autenticaci[oó]n`, String.raw`no se puede identificar (?:al|en el) ${OUT_R8}`, String.raw`contrase[nñ]a (?:incorrecta|no v[aá]lida)`,
  // it
  String.raw`autenticazione (?:non riuscita|fallita)`, String.raw`password (?:errata|non valida)`,
  // nl
  String.raw`authenticatie (?:is )?mislukt`, String.raw`kan niet authenticeren`, String.raw`(?:onjuist|ongeldig) wachtwoord`, String.raw`wachtwoord (?:is )?(?:onjuist|ongeldig)`,
  // pt
  String.raw`falha na autentica[cç][aã]o`, String.raw`n[aã]o foi poss[ií]vel autenticar`, String.raw`autentica[cç][aã]o falhou`, String.raw`senha (?:incorreta|inv[aá]lida)`,
  // pl
  String.raw`uwierzytelnianie nie powiod[lł]o si[eę]`, String.raw`nie uda[lł]o si[eę] uwierzytelni[cć]`, String.raw`(?:b[lł][eę]dne|nieprawid[lł]owe) has[lł]o`,
  // de
  String.raw`authenti(?:sierungs|fizierungs)-?fehler`, String.raw`authentisierung (?:ist )?fehlgeschlagen`,
  // ru
  String.raw`не удалось аутентифицироваться`, String.raw`ошибка (?:входа|проверки подлинности)`,
  // zh
  String.raw`(?:无法|無法|不能)[^\n]{0,40}[进進]行[认認][证證]`,
  // cs
  String.raw`ov[eě][rř]en[ií] (?:selhalo|se nezda[rř]ilo)`, String.raw`autentizace selhala`, String.raw`nespr[aá]vn[eé] heslo`,
  // sv
  String.raw`autentisering(?:en)? misslyckades`, String.raw`kunde inte autentisera`, String.raw`felaktigt l[oö]senord`,
  // da
  String.raw`godkendelse(?:n)? mislykkedes`, String.raw`forkert adgangskode`,
].join('|');

// No secure connection could be made, or the certificate was refused (TB smtp-starttls-failed).
const TLS_R8 = [
  // fr
  String.raw`impossible d'[ée]tablir une connexion s[ée]curis[ée]e`, String.raw`certificat[^\n]{0,30}(?:n'est pas valide|non valide|invalide|expir[ée]|non approuv[ée])`,
  // es
  String.raw`no se (?:pudo|puede) establecer una conexi[oó]n segura`, String.raw`certificado[^\n]{0,30}(?:no (?:es )?v[aá]lido|inv[aá]lido|caducado|expirado)`,
  // it
  String.raw`impossibile stabilire una connessione (?:sicura|protetta)`, String.raw`certificato[^\n]{0,30}(?:non (?:[eè] )?valido|scaduto)`,
  // nl
  String.raw`(?:kan|kon) geen beveiligde verbinding`, String.raw`certificaat[^\n]{0,30}(?:ongeldig|verlopen)`, String.raw`ongeldig certificaat`,
  // pt
  String.raw`n[aã]o foi poss[ií]vel estabelecer uma conex[aã]o segura`, String.raw`certificado[^\n]{0,30}(?:inv[aá]lido|expirado|n[aã]o [eé] v[aá]lido)`,
  // pl
  String.raw`nie uda[lł]o si[eę] nawi[aą]za[cć] bezpiecznego po[lł][aą]czenia`, String.raw`(?:nieprawid[lł]owy|niewa[zż]ny) certyfikat`, String.raw`certyfikat[^\n]{0,30}(?:nieprawid[lł]owy|niewa[zż]ny|wygas[lł])`,
  // ru
  String.raw`не удалось установить защищ[её]нное соединение`, String.raw`недействительный сертификат`, String.raw`сертификат[^\n]{0,30}(?:недействител|просрочен)`,
  // ja
  String.raw`保護された接続を確立できません`, String.raw`証明書(?:が|は)(?:無効|期限切れ)`,
  // zh
  String.raw`建立安全[连連]接`, String.raw`[证證]书(?:无效|無效|已过期|已過期)`, String.raw`憑證(?:無效|已過期)`,
  // de
  String.raw`keine sichere verbindung`,
].join('|');

// The message is over the server's size limit (RC smtpsizeerror, TB smtp-permanent-size-exceeded).
const TOO_LARGE_R8 = [
  // fr
  String.raw`taille (?:du message|maximale)[^\n]{0,60}(?:d[ée]passe|a [ée]t[ée] d[ée]pass[ée]e)`, String.raw`message (?:est )?trop (?:gros|volumineux)`,
  // es
  String.raw`tama[nñ]o del mensaje[^\n]{0,60}excede`, String.raw`mensaje (?:es )?demasiado grande`,
  // it
  String.raw`dimensione del messaggio[^\n]{0,60}supera`, String.raw`messaggio (?:[eè] )?troppo grande`,
  // nl
  String.raw`berichtgrootte overschrijdt`, String.raw`grootte van het bericht[^\n]{0,60}overschrijdt`, String.raw`bericht is te groot`,
  // pt
  String.raw`tamanho da mensagem[^\n]{0,60}excede`, String.raw`mensagem (?:[eé] )?muito grande`,
  // pl
  String.raw`rozmiar (?:wysy[lł]anej )?wiadomo[sś]ci[^\n]{0,60}przekracza`, String.raw`wiadomo[sś][cć] jest (?:za|zbyt) du[zż]a`,
  // ru
  String.raw`размер сообщения[^\n]{0,80}превышает`,
  // ja
  String.raw`サイズ[^\n]{0,30}(?:制限|上限)を超え`,
  // de
  String.raw`gr(?:ö|oe)(?:ß|ss)e der nachricht (?:ü|ue)berschreitet`, String.raw`nachrichtengr(?:ö|oe)(?:ß|ss)e (?:ü|ue)berschreitet`,
].join('|');

// The sender's own sending allowance (GM "You have reached a limit for sending mail").
const SENDING_LIMIT_R8 = [
  // de
  String.raw`limit zum (?:senden|versenden) von e[-\u2010\u2011]?mails erreicht`,
  // es
  String.raw`(?:alcanzaste|ha alcanzado|has alcanzado|se alcanz[oó]) el l[ií]mite (?:para enviar|de env[ií]o)`,
  // fr
  String.raw`atteint la limite d'envoi`,
  // it
  String.raw`raggiunto il limite (?:di invio|per l'invio)`,
  // pt
  String.raw`(?:atingiu|atingido) o limite (?:de envio|para enviar)`,
  // ja
  String.raw`送信(?:数の)?上限に達し`,
  // zh
  String.raw`(?:达到|達到)了?(?:每日)?(?:发送|發送)(?:上限|限制)`,
].join('|');

// The recipient's mailbox has no room (GM "The recipient's inbox is out of storage space").
const MAILBOX_FULL_R8 = [
  // de
  String.raw`posteingang des empf(?:ä|ae)ngers hat keinen freien speicherplatz`, String.raw`postfach des empf(?:ä|ae)ngers ist voll`,
  // es
  String.raw`del destinatario no tiene espacio de almacenamiento`, String.raw`buz[oó]n (?:del destinatario )?(?:est[aá] )?lleno`,
  // fr
  String.raw`bo[iî]te (?:aux lettres|de r[ée]ception) (?:du destinataire )?(?:est )?pleine`, String.raw`du destinataire n'a plus d'espace de stockage`,
  // it
  String.raw`casella (?:di posta )?(?:del destinatario )?(?:[eè] )?piena`,
  // nl
  String.raw`postvak (?:van de (?:ontvanger|geadresseerde) )?is vol`, String.raw`mailbox (?:van de ontvanger )?is vol`,
  // pt
  String.raw`caixa (?:de correio|de entrada) (?:do destinat[aá]rio )?(?:est[aá] )?cheia`, String.raw`do destinat[aá]rio n[aã]o tem espa[cç]o de armazenamento`,
  // pl
  String.raw`skrzynka (?:odbiorcy )?(?:jest )?(?:pe[lł]na|przepe[lł]niona)`,
].join('|');

// A recipient the program's own server would not take (RC smtptoerror: "failed to add recipient").
const RECIPIENT_REFUSED_R8 = [
  // fr
  String.raw`[ée]chec lors de l'ajout du destinataire`, String.raw`utilisateur inconnu`, String.raw`destinataire inconnu`,
  // es
  String.raw`no se ha podido (?:establecer|a[nñ]adir) (?:el )?(?:remitente|destinatario) "`, String.raw`usuario desconocido`, String.raw`destinatario desconocido`,
  // it
  String.raw`fallito l'inserimento del destinatario`, String.raw`utente sconosciuto`, String.raw`destinatario sconosciuto`,
  // nl
  String.raw`ontvanger "[^"\n]{1,200}" kan niet toegevoegd worden`, String.raw`onbekende (?:gebruiker|ontvanger)`, String.raw`(?:gebruiker|ontvanger) (?:is )?onbekend`,
  // pt
  String.raw`falha ao adicionar o destinat[aá]rio`, String.raw`(?:usu[aá]rio|utilizador|destinat[aá]rio) desconhecido`,
  // pl
  String.raw`nie mo[zż]na doda[cć] odbiorcy`, String.raw`nieznany (?:u[zż]ytkownik|odbiorca|adresat)`, String.raw`u[zż]ytkownik nie istnieje`,
  // cs
  String.raw`nezn[aá]m[yý] (?:u[zž]ivatel|p[rř][ií]jemce)`, String.raw`u[zž]ivatel neexistuje`,
  // sv
  String.raw`ok[aä]nd (?:mottagare|anv[aä]ndare)`, String.raw`anv[aä]ndaren finns inte`,
].join('|');

// The program's own server refused the sender address (RC smtpfromerror: "failed to set sender").
const SENDER_REFUSED_R8 = [
  // fr
  String.raw`impossible de d[ée]finir l'exp[ée]diteur`,
  // es
  String.raw`no se ha podido asignar el emisor`,
  // it
  String.raw`fallita l'impostazione del mittente`,
  // nl
  String.raw`afzender "[^"\n]{1,200}" kan niet ingesteld worden`,
  // pt
  String.raw`falha ao definir o remetente`,
  // pl
  String.raw`nie mo[zż]na ustawi[cć] nadawcy`,
].join('|');

// The program could not hand its list of recipients over (RC smtprecipientserror): its own input.
const RECIPIENT_LIST_R8 = [
  // fr
  String.raw`impossible d'analyser la liste des destinataires`,
  // es
  String.raw`no es posible analizar la lista de destinatarios`,
  // it
  String.raw`impossibile processare la lista dei destinatari`,
  // nl
  String.raw`lijst met ontvangers kan niet verwerkt worden`,
  // pt
  String.raw`n[aã]o [eé] poss[ií]vel processar a lista (?:de )?destinat[aá]rios`,
  // pl
  String.raw`parsowanie listy odbiorc[oó]w nie powiod[lł]o si[eę]`,
].join('|');

// A temporary problem on the receiving side (GM "There's a temporary problem with the recipient's inbox").
const TEMPORARY_PROBLEM_R8 = [
  // de
  String.raw`vor(?:ü|ue)bergehendes problem`, String.raw`vor(?:ü|ue)bergehend nicht (?:verf(?:ü|ue)gbar|erreichbar)`,
  // es
  String.raw`problema temporal`, String.raw`temporalmente no disponible`,
  // fr
  String.raw`probl[eè]me temporaire`, String.raw`temporairement (?:indisponible|inaccessible)`,
  // it
  String.raw`problema temporaneo`, String.raw`temporaneamente non disponibile`,
  // nl
  String.raw`tijdelijk(?:e)? (?:probleem|storing|niet beschikbaar)`,
  // pt
  String.raw`problema tempor[aá]rio`, String.raw`temporariamente indispon[ií]vel`,
  // pl
  String.raw`(?:tymczasowy|chwilowy) problem`, String.raw`tymczasowo niedost[eę]pn`,
  // ru
  String.raw`временн(?:ая|ой) (?:ошибка|проблема|неполадка)`,
  // ja
  String.raw`一時的な(?:問題|エラー|障害)`,
  // zh
  String.raw`(?:暂时性|暫時性|临时|臨時)(?:错误|錯誤|问题|問題|故障)`,
].join('|');

// The recipient is getting mail faster than its server takes it (GM fr: "reçoit des e-mails à un rythme
// qui empêche la distribution"): that server's own limit, retried by the sending server.
const RECIPIENT_RATE_R8 = [
  // fr
  String.raw`re[cç]oit des e-?mails [aà] un rythme qui emp[eê]che`,
  // es
  String.raw`recibe correos (?:electr[oó]nicos )?a un ritmo que impide`,
  // de
  String.raw`empf(?:ä|ae)ngt e[-\u2010\u2011]?mails (?:zu schnell|in einem tempo)`, String.raw`erh(?:ä|ae)lt zu schnell e[-\u2010\u2011]?mails`,
].join('|');

// Sendmail's final report after its queue time ran out ("Cannot send message for 3 days"): given up, not a delay.
const GAVE_UP_R8 = /^\s*(?:\d{3} )?cannot send message for \d{1,3} (?:days?|hours?)\b/i;

const connectR8 = new RegExp(CONNECT_R8, 'i');
const timeoutR8 = new RegExp(TIMEOUT_R8, 'i');
const loginR8 = new RegExp(LOGIN_R8, 'i');
const tlsR8 = new RegExp(TLS_R8, 'i');

export const LANGUAGE_R8_FAMILIES: readonly WordFamily[] = [
  // A secure connection or certificate before a plain "could not connect": its words are more specific.
  { id: 'lang8_tls', match: tlsR8, reason: 'failedstarttls', bucket: 'port-encryption', client: true, anywhere: 'sender' },
  { id: 'lang8_login', match: loginR8, reason: 'securityerror', bucket: 'credentials', client: true, anywhere: 'sender' },
  { id: 'lang8_timeout', match: timeoutR8, reason: 'networkerror', bucket: 'network-block', client: true, anywhere: 'sender' },
  { id: 'lang8_connect', match: connectR8, reason: 'networkerror', bucket: 'settings', client: true, anywhere: 'sender' },
  { id: 'lang8_too_large', match: new RegExp(TOO_LARGE_R8, 'i'), reason: 'emailtoolarge', bucket: 'content', client: false, anywhere: 'sender' },
  { id: 'lang8_sending_limit', match: new RegExp(SENDING_LIMIT_R8, 'i'), reason: 'ratelimited', bucket: 'sender-account', client: false, anywhere: 'sender' },
  { id: 'lang8_mailbox_full', match: new RegExp(MAILBOX_FULL_R8, 'i'), reason: 'mailboxfull', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'lang8_sender_refused', match: new RegExp(SENDER_REFUSED_R8, 'i'), reason: 'rejected', bucket: 'sender-account', client: true, anywhere: 'sender' },
  { id: 'lang8_recipient_list', match: new RegExp(RECIPIENT_LIST_R8, 'i'), reason: 'mailererror', bucket: 'settings', client: true, anywhere: 'sender' },
  { id: 'lang8_recipient_refused', match: new RegExp(RECIPIENT_REFUSED_R8, 'i'), reason: 'userunknown', bucket: 'recipient', client: false, anywhere: 'sender' },
  { id: 'lang8_recipient_rate', match: new RegExp(RECIPIENT_RATE_R8, 'i'), reason: 'ratelimited', bucket: 'remote-transient', client: false, anywhere: 'none' },
  { id: 'lang8_temporary', match: new RegExp(TEMPORARY_PROBLEM_R8, 'i'), reason: 'systemerror', bucket: 'remote-transient', client: false },
  { id: 'lang8_gave_up', match: GAVE_UP_R8, reason: 'expired', bucket: 'remote-transient', client: false, anywhere: 'recipient-provider' },
];

// Words that say, with no code, that it is temporary: the same meanings as TEMPORARY_PROBLEM_R8 and RECIPIENT_RATE_R8.
const TEMPORARY_WORDS_R8 = new RegExp([TEMPORARY_PROBLEM_R8, RECIPIENT_RATE_R8, TEMPORARY_ERROR_R9, TEMPORARY_WORDS_R10].join('|'), 'i');

type WordTest = Pick<RegExp, 'test'>;

/** Either list: each stays a regex of its own (checked for linear time on its own), tried in turn. */
function either(a: WordTest, b: WordTest): WordTest {
  return { test: (text: string) => a.test(text) || b.test(text) };
}

/** The code-less "it is temporary" words with this table's added (tables.ts's situation words). */
export function withTemporaryR8(words: WordTest): WordTest {
  return either(words, TEMPORARY_WORDS_R8);
}

// Delay notices: still being retried, nobody acts yet. English MTAs and providers, then other languages.
const DELAY_PHRASES_R8 = [
  // de
  String.raw`wird (?:weiterhin|erneut) versucht,? (?:die|diese|ihre) (?:nachricht|e-?mail) zuzustellen`, String.raw`zustellversuche werden fortgesetzt`, String.raw`verz(?:ö|oe)gerte zustellung`, String.raw`zustellung (?:ist |wurde )?verz(?:ö|oe)gert`,
  // fr
  String.raw`(?:la )?distribution (?:est|a [ée]t[ée]) retard[ée]e`, String.raw`livraison (?:est |a [ée]t[ée] )?retard[ée]e`, String.raw`r[ée]essaiera (?:pendant|encore)`, String.raw`de nouvelles tentatives (?:seront|vont [eê]tre) effectu[ée]es`,
  // es
  String.raw`se volver[aá] a intentar`, String.raw`reintentar[aá] (?:la entrega|el env[ií]o|durante)`, String.raw`la entrega (?:est[aá] )?(?:retrasada|demorada)`,
  // it
  String.raw`ritenter[aà] (?:la consegna|per|ancora)`, String.raw`la consegna (?:[eè] )?(?:stata )?(?:ritardata|posticipata)`,
  // nl
  String.raw`(?:bezorging|aflevering) (?:is )?vertraagd`, String.raw`wordt (?:later )?opnieuw geprobeerd`,
  // pt
  String.raw`entrega (?:est[aá] )?(?:atrasada|adiada)`, String.raw`ser[aá] tentad[ao] novamente`,
  // pl
  String.raw`dor[eę]czenie (?:jest |zosta[lł]o )?op[oó][zź]nione`, String.raw`kolejne pr[oó]by dor[eę]czenia`,
  // ru
  String.raw`попытки доставки будут (?:продолжены|повторены)`, String.raw`доставка (?:сообщения )?отложена`,
  // ja
  String.raw`配送が遅延`, String.raw`配信を再試行`,
  // zh
  String.raw`(?:将|將|会|會)(?:继续|繼續)尝试(?:投递|投遞|发送|發送)`, String.raw`(?:投递|投遞)(?:被)?推迟`,
  // cs
  String.raw`doru[cč]en[ií] (?:bylo )?zpo[zž]d[eě]no`,
  // sv
  String.raw`leveransen (?:har )?f[oö]rsenats`, String.raw`f[oö]rdr[oö]jd leverans`,
  // da
  String.raw`levering(?:en)? (?:er )?forsinket`,
].join('|');
// Postfix bounce(5) delay template subject; Gmail's "Delivery incomplete … will retry"; Exchange's "Delivery delayed:" subject line.
const DELAY_EN_R8 = [
  String.raw`\bdelayed mail \(still being retried\)`, String.raw`\bstill being retried\b`,
  String.raw`^[ \t]*(?:subject: )?delivery incomplete[ \t]*$`, String.raw`\bthere was a temporary problem delivering your message\b`,
  String.raw`^[ \t]*(?:subject: )?delivery delayed:`, String.raw`\bwarning: could not send message for past \d{1,3} hours?\b`,
  // Subject lines of delay notices quoted alone ("Delivery Delayed Notification", "Message Delivery has been delayed").
  String.raw`^[ \t]*(?:subject: )?(?:(?:message )?delivery (?:has been |was |is )?delayed(?: notification| notice| warning)?|delayed delivery(?: notification| notice| warning)?)[ \t]*$`,
].join('|');
const DELAY_R8 = new RegExp([DELAY_EN_R8, DELAY_PHRASES_R8, DELAY_PHRASES_R9, DELAY_PHRASES_R10].join('|'), 'im');
// Words that say the sender gave up: a notice with them is final, whatever else it says (not the situation's
// own list, which tables.ts owns; these are the ones a delay phrase above can stand beside).
const GAVE_UP_WORDS = /\benvelope expired\b|\bpermanent(?:ly)? (?:error|failure|failed)\b|\bretry time ?out exceeded\b|\bgiving up\b|\bhas expired\b|\bendg(?:ü|ue)ltig fehlgeschlagen|\b[ée]chec d[ée]finitif\b|\bdefinitivamente\b/i;

/** A delay notice's words in this table, or null when the text says the sender gave up. */
export function languageDelayR8(text: string): RegExpExecArray | null {
  const t = text.slice(0, 4000);
  if (GAVE_UP_WORDS.test(t)) return null;
  return DELAY_R8.exec(t);
}

// Words of giving up that the situation's final list lacks: an envelope or queue time that ran out, Sendmail's
// "Cannot send message for 3 days", a permanent failure said in German, French or Spanish.
const FINAL_R8 = /\benvelope expired\b|\bcannot send message for \d{1,3} (?:days?|hours?)\b|\bthis is a permanent error\b|\bendg(?:ü|ue)ltig fehlgeschlagen|\b[ée]chec d[ée]finitif\b|\berror permanente\b/i;

/** The situation's "gave up" words with this table's added (tables.ts). */
export function withFinalR8(words: WordTest): WordTest {
  return either(words, FINAL_R8);
}

/** The situation's delay words with this table's added (tables.ts); giving up is checked there by its final words. */
export function withDelayR8(words: WordTest): WordTest {
  return either(words, DELAY_R8);
}

const FAMILY_SPAN = 2000;

/** Whether the text says one of this table's meanings (so the engine's reading of it as an English phrase is skipped). */
export function saysLanguageR8(text: string): boolean {
  const t = text.slice(0, FAMILY_SPAN);
  return LANGUAGE_R8_FAMILIES.some((f) => f.match.test(t));
}

/**
 * The engine's weakest reading of a reply (a bare status read as a block, confidence 0.3 or less) gives
 * way to this table's meaning, when the words say it: Gmail's localized 4.2.1 ("Der Nutzer … erhält zu
 * schnell E-Mails") is the recipient getting mail too fast, not a block on the sender.
 */
export function preferLanguageR8(text: string, analysis: Analysis): Analysis {
  const [f] = analysis.findings;
  if (analysis.findings.length !== 1 || f === undefined || f.confidence > 0.3) return analysis;
  const t = text.slice(0, FAMILY_SPAN);
  const family = LANGUAGE_R8_FAMILIES.find((x) => x.anywhere !== undefined && x.match.test(t));
  if (!family?.anywhere || family.bucket === f.bucket) return analysis;
  return { ...analysis, findings: [{ ...f, reason: family.reason, bucket: family.bucket, side: sideOfActor(family.anywhere) }] };
}
