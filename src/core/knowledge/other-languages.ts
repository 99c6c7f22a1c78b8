// The plainest words of the commonest cause families in French, Spanish, Italian, Portuguese, Dutch
// and Polish, as mail programs and webmail show them ("Boîte aux lettres pleine", "Usuario
// desconocido", "Autenticazione fallita", "Verbinding mislukt"): read like the English and German
// families of word-families.ts (short, code-less texts only, weak evidence). No \b next to an
// accented letter: without the u flag it is not a word character.
import type { WordFamily } from './word-families.ts';

// The recipient's mailbox is full.
const MAILBOX_FULL = /\bbo[iî]te (?:aux lettres|de r[ée]ception|mail)(?: du destinataire)? (?:est )?pleine|\bbuz[oó]n(?: de correo)?(?: del destinatario)? (?:est[aá] )?lleno\b|\bbandeja de entrada (?:est[aá] )?llena\b|\b(?:casella(?: di posta)?|cassetta (?:postale|della posta))(?: del destinatario)? (?:[eè] )?piena\b|\bcaixa (?:de correio|postal|de entrada)(?: do destinat[aá]rio)? (?:est[aá] )?(?:cheia|lotada)\b|\b(?:post|mail)(?:vak|box)(?: van de ontvanger)? (?:is )?(?:vol|overvol)\b|\bskrzynka(?: odbiorcy| pocztowa)? (?:jest )?(?:pe[lł]na|przepe[lł]niona)/i;

// The recipient's address is not known.
export const UNKNOWN_RECIPIENT = /\b(?:destinataire|utilisateur) (?:inconnu|introuvable|inexistant)\b|\badresse\b[^\n]{0,40}\b(?:introuvable|inconnue|inexistante|n'existe pas)|\b(?:usuario|destinatario) (?:desconocido|inexistente|no existe)\b|\bdirecci[oó]n\b[^\n]{0,40}\bno existe\b|\b(?:utente|destinatario) (?:sconosciuto|inesistente|non esiste)\b|\bindirizzo\b[^\n]{0,40}\b(?:inesistente|non esiste)\b|\b(?:usu[aá]rio|utilizador|destinat[aá]rio) (?:desconhecido|inexistente|n[aã]o existe)|\bonbekende (?:gebruiker|ontvanger)\b|\b(?:gebruiker|ontvanger|adres) (?:bestaat niet|onbekend)\b|\bno se (?:ha )?encontr(?:ado|[oó]) la direcci[oó]n\b|\bdirecci[oó]n no encontrada\b|\bindirizzo\b[^\n]{0,40}\bnon (?:[eè] stato )?trovato\b|\b(?:e-?mail)?adres\b[^\n]{0,60}\bniet (?:kan |kon )?(?:worden |werd |is )?gevonden\b|\bendere[cç]o\b[^\n]{0,40}\bn[aã]o (?:foi )?encontrado|\bnie znaleziono adresu\b|\bnie mo[zż]na odnale[zź][cć][^\n]{0,30}\badresu\b|\bnieznany (?:u[zż]ytkownik|odbiorca)|\b(?:u[zż]ytkownik|odbiorca|adres) nie istnieje\b/i;

// The person's login was refused.
const LOGIN_FAILED = /[ée]chec (?:de l'|d')authentification|\bauthentification\b[^\n]{0,20}[ée]chou|\bmot de passe (?:incorrect|invalide|erron[ée])|\bidentifiants? (?:incorrects?|invalides?)\b|\bimpossible de s'authentifier\b|\bimposible autenti(?:fi)?car\b|\bno se (?:pudo|puede) autenticar\b|\bimpossibile autenticar(?:si|e)\b|\bn[aã]o foi poss[ií]vel autenticar\b|\bkon niet (?:authenticeren|aanmelden)\b|\bnie (?:mo[zż]na przeprowadzi[cć]|uda[lł]o si[eę]) uwierzytelni|\bkann nicht authentifiziert werden\b|\b(?:autenticaci[oó]n (?:fallida|incorrecta)|error de autenticaci[oó]n|fallo de autenticaci[oó]n)|\bcontrase[nñ]a (?:incorrecta|no v[aá]lida)|\bautenticazione (?:fallita|non riuscita)\b|\bpassword (?:errata|non valida)\b|\bfalha (?:na|de) autentica[cç][aã]o|\b(?:senha|palavra-passe) (?:incorreta|inv[aá]lida)|\b(?:authenticatie|aanmelding|aanmelden) (?:is )?mislukt\b|\bwachtwoord (?:is )?(?:onjuist|ongeldig)\b|\b(?:uwierzytelnianie|logowanie) nie powiod|\bb[lł][aą]d uwierzytelniania\b|\b(?:nieprawid[lł]owe|b[lł][eę]dne) has[lł]o/i;

// The program could not reach its server.
const CONNECT_FAILED = /\bimpossible de (?:se )?(?:connecter|joindre)\b|[ée]chec de (?:la )?connexion\b|\bconnexion\b[^\n]{0,80}(?:[ée]chou|impossible|refus[ée]e|interrompue|expir[ée])|\bimposible conectar\b|\bno se (?:puede|pudo) (?:conectar|establecer (?:la )?conexi[oó]n)\b|\bconexi[oó]n (?:fallida|rechazada|interrumpida)\b|\bimpossibile (?:connettersi|stabilire (?:la|una) connessione)\b|\bconnessione (?:fallita|rifiutata|interrotta)\b|\bn[aã]o foi poss[ií]vel (?:conectar|ligar)|\bfalha (?:na|de) (?:conex[aã]o|liga[cç][aã]o)|\bkon niet verbinden\b|\b(?:kan geen verbinding maken|verbinding (?:is )?(?:mislukt|geweigerd|verbroken))\b|\bnie (?:mo[zż]na|uda[lł]o si[eę]) (?:si[eę] )?po[lł][aą]czy[cć]|\bpo[lł][aą]czenie (?:nie powiod|zosta[lł]o odrzucone)|\bb[lł][aą]d po[lł][aą]czenia\b/i;

// An address the program was given is not a valid address ("dirección de email inválido", "Ongeldig
// adres", "L'adresse courriel n'est pas valide"): the address as typed in the program.
const ADDRESS_INVALID = /\bdirecci[oó]n de (?:e-?mail|correo(?: electr[oó]nico)?) (?:inv[aá]lid[ao]|no v[aá]lid[ao])|\bindirizzo (?:e-?mail )?non (?:[eè] )?valido\b|\badresse (?:e-?mail |courriel )?n'est pas valide\b|\bongeldig (?:e-?mail)?adres\b|\bendere[cç]o de e-?mail inv[aá]lido\b|\bnieprawid[lł]owy adres\b|\badres[^\n]{0,30}\bjest nieprawid[lł]owy\b/i;

// The person's own sender address is refused or wrong ("Die folgende Absenderadresse ist nicht korrekt",
// "L'adresse d'expéditeur suivante a échoué", "La siguiente dirección de remitente falló"): the program's From setting.
const SENDER_INVALID = /\babsender(?:-?adresse)?\b[^\n]{0,30}\b(?:nicht korrekt|ung(?:ü|ue)ltig|falsch)|\badresse d'exp[ée]diteur\b[^\n]{0,30}(?:[ée]chou|\binvalide|\bincorrecte)|\bdirecci[oó]n de remitente\b[^\n]{0,30}\b(?:fall[oó]|inv[aá]lida)|\bindirizz[io] mittent[ei]\b[^\n]{0,40}\berror|\bafzender(?:s)?adres\b[^\n]{0,30}\b(?:mislukt|ongeldig)|\badres nadawcy\b[^\n]{0,30}\bnieprawid[lł]owy|\bremetentes? falharam\b/i;

// The account may not send as the address in From (Exchange's NDR, in its languages: "Sie besitzen nicht die
// Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden", "You do not have permission to
// send the message on behalf of the specified user"): a permission of the account, set by its admin.
const SEND_ON_BEHALF = /\b(?:you do not|you don't) have (?:the )?permission to send (?:the |this )?(?:message )?on behalf of\b|\bnicht die berechtigung\b[^\n]{0,60}\bim auftrag\b|\bno tiene (?:permiso|permisos) para enviar\b[^\n]{0,40}\ben nombre de\b|\bvous n'avez pas (?:l'autorisation|la permission) d'envoyer\b[^\n]{0,40}\b(?:au nom|de la part)\b/i;

// The message is too big.
const TOO_LARGE = /\b(?:message|pi[eè]ce jointe|fichier)\b[^\n]{0,30}\btrop (?:volumineux|volumineuse|gros|grosse|grand|grande)\b|\b(?:mensaje|archivo adjunto|adjunto|mensagem|anexo)\b[^\n]{0,30}\b(?:demasiado grande|muito grande)\b|\b(?:messaggio|allegato)\b[^\n]{0,30}\btroppo grande\b|\b(?:bericht|bijlage)\b[^\n]{0,30}\bte groot\b|\b(?:wiadomo[sś][cć]|za[lł][aą]cznik)[^\n]{0,30}\b(?:zbyt|za) du[zż]/i;

export const OTHER_LANGUAGE_FAMILIES: readonly WordFamily[] = [
  // Specific enough to name the cause in a whole NDR too (Exchange's Spanish "El buzón del destinatario está lleno").
  { id: 'intl_mailbox_full', match: MAILBOX_FULL, reason: 'mailboxfull', bucket: 'recipient', client: false, anywhere: 'recipient' },
  { id: 'intl_send_on_behalf', match: SEND_ON_BEHALF, reason: 'rejected', bucket: 'sender-account', client: false, anywhere: 'sender' },
  { id: 'intl_unknown_recipient', match: UNKNOWN_RECIPIENT, reason: 'userunknown', bucket: 'recipient', client: false },
  { id: 'intl_too_large', match: TOO_LARGE, reason: 'emailtoolarge', bucket: 'content', client: false },
  { id: 'intl_address_invalid', match: ADDRESS_INVALID, reason: 'mailererror', bucket: 'settings', client: true },
  { id: 'intl_sender_invalid', match: SENDER_INVALID, reason: 'rejected', bucket: 'sender-account', client: true },
  { id: 'intl_login_failed', match: LOGIN_FAILED, reason: 'securityerror', bucket: 'credentials', client: true },
  { id: 'intl_connect_failed', match: CONNECT_FAILED, reason: 'networkerror', bucket: 'settings', client: true },
];

