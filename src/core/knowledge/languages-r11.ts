// Round 11 (knowledge23): the send errors of a mail program (Thunderbird's messageSend.ftl and its older
// composeMsgs.properties, the strings every Thunderbird-based program shows) in the languages the r7–r10 tables lack.
// Lead set 15's non-English misses were all of this kind. Batch 1 (v1–v6 tune rows in rows-knowledge23.py, the same
// messages from other catalogue files, labelled before any rule here) led to Danish, Swedish, Norwegian (bokmål,
// nynorsk), Finnish, Czech, Slovak, Slovenian, Hungarian, Turkish, Romanian, Greek, Catalan, European Portuguese,
// Ukrainian and German; batch 2 (v*-b) to Estonian, Croatian, Lithuanian and Bulgarian; batch 3 (v*-c) to Korean
// program wordings, Indonesian and Vietnamese. Each family is one meaning, written as the words a language uses for it
// (its name for "outgoing server", its words for "unknown", "timed out", "authenticate", "size limit"), so a rewording
// of the same message still reads. Batch 4 (v7-k9-notices) added Thunderbird for Android's certificate and login
// notifications.
// Source: https://github.com/thunderbird/thunderbird-l10n (<lang>/mail/messenger/messageSend.ftl and
// <lang>/mail/chrome/messenger/messengercompose/composeMsgs.properties).
// Only literal alternations with bounded gaps: no nested quantifiers (regex-safety checks each pattern). No \b next to
// a non-ASCII letter: without the u flag it is not a word character.
import type { WordFamily } from './word-families.ts';

// Apostrophes as translators type them.
const AP = `['’ʼ]`;

// The outgoing server, as these languages name it in a program's message.
const OUT_R11 = String.raw`(?:smtp[- ]?(?:server\S{0,5}|tenar(?:en)?|tjener(?:en)?|palvel\S{1,8}|kiszolgál\S{0,6})|utgående (?:server|tjener)|utg[aå]ande tenar|lähtevän postin palvel\S{1,8}|server\S{0,2} odchádzajúcej pošty|odchozí server|odhodn\S{1,3} strežnik\S{0,2}|levélküldő (?:\(smtp\) )?kiszolgál\S{0,6}|giden sunucusu|serverul de trimitere|διακομιστ\S{1,3} (?:εξερχομένων|smtp)|servidor de sortida|servidor de envio|сервер\S{0,3} вихідної пошти|postausgangs-?server|poslužitelj\S{0,3} odlazne pošte|išsiuntimo \(smtp\) server\S{0,3}|изходящ\S{0,3} \(smtp\))`;

// The program could not connect to its outgoing server, or the server's name is not known (TB
// send-error-smtp-request-refused, -unknown-server): its server settings, or the network on the way.
const CONNECT_R11 = [
  // de: "weil der Verbindungsaufbau mit dem SMTP-Server … fehlgeschlagen ist", "… lehnt SMTP-Verbindungen ab"
  String.raw`verbindungsaufbau (?:mit dem|zum) ${OUT_R11}[^\n]{0,80}fehlgeschlagen`, String.raw`lehnt smtp-verbindungen ab`,
  // sv, da, nb, nn: "anslutning till utgående server … misslyckades", "forbindelsen til SMTP-serveren … mislykkedes"
  String.raw`anslutning(?:en)? till ${OUT_R11}[^\n]{0,80}misslyckades`, String.raw`forbindelsen til ${OUT_R11}[^\n]{0,80}mislykkedes`,
  String.raw`tilko(?:b|p)l(?:ingen|inga) til ${OUT_R11}[^\n]{0,80}(?:mislyktes|mislukkast)`, String.raw`(?:afviser|avviser|nekar) (?:smtp-)?(?:forbindelser|tilko(?:b|p)lingar?|tilkoblinger|anslutningar)`,
  // fi: "yhteyttä lähtevän postin palvelimeen (SMTP) … ei onnistuttu luomaan", "estää SMTP-yhteyspyynnöt"
  String.raw`yhteyttä ${OUT_R11}[^\n]{0,60}ei onnistuttu`, String.raw`estää smtp-yhteyspyynnöt`,
  // cs, sk, sl: "se nepodařilo připojit na SMTP server", "nepodarilo pripojiť k serveru odchádzajúcej pošty", "povezava z odhodnim strežnikom … spodletela"
  String.raw`nepoda[rř]ilo (?:se )?p[rř]ipojit (?:na|k) ${OUT_R11}`, String.raw`nepodarilo pripoji[tť] k ${OUT_R11}`, String.raw`povezava z ${OUT_R11}[^\n]{0,60}spodletela`,
  String.raw`odm[ií]t(?:á|a[tť]) (?:smtp spojen[ií]|pripojenia smtp)`, String.raw`zavra[cč]a povezave smtp`,
  // hu: "nem lehetett kapcsolatot teremteni a levélküldő (SMTP) kiszolgálóval", "visszautasítja az SMTP kapcsolatokat"
  String.raw`nem lehetett kapcsolatot teremteni`, String.raw`visszautas[ií]tja az smtp kapcsolatokat`,
  // tr: "giden sunucusu (SMTP) ile bağlantı başarısız olduğu için", "SMTP bağlantılarını geri çeviriyor"
  String.raw`${OUT_R11}[^\n]{0,20}ile ba[gğ]lant[iı] ba[sş]ar[iı]s[iı]z`, String.raw`smtp ba[gğ]lant[iı]lar[iı]n[iı] geri [cç]eviriyor`,
  // ro: "conexiunea cu serverul de trimitere (SMTP) … a eșuat", "să refuze conexiunile SMTP"
  String.raw`conexiunea (?:cu|la) ${OUT_R11}[^\n]{0,60}a e[sșş]uat`, String.raw`refuze conexiunile smtp`,
  // el: "απέτυχε η σύνδεση στον διακομιστή εξερχομένων (SMTP)", "λόγω αποτυχίας σύνδεσης με τον διακομιστή SMTP", "αρνείται συνδέσεις SMTP"
  String.raw`απέτυχε η σύνδεση (?:στον|με τον) ${OUT_R11}`, String.raw`αποτυχίας σύνδεσης με τον ${OUT_R11}`, String.raw`αρνείται συνδέσεις smtp`,
  // ca: "ha fallat la connexió amb el servidor de sortida (SMTP)", "estigui rebutjant connexions SMTP"
  String.raw`ha fallat la connexi[oó] (?:amb|al) ${OUT_R11}`, String.raw`rebutjant connexions smtp`,
  // pt-PT: "a ligação ao servidor de envio (SMTP) … falhou", "a recusar ligações SMTP"
  String.raw`liga[cç][aã]o ao ${OUT_R11}[^\n]{0,60}falhou`, String.raw`recusar liga[cç][oõ]es smtp`,
  // et, hr, lt, bg (batch 2): "ühendumine SMTP-serveriga … ebaõnnestus", "spajanje na poslužitelj odlazne pošte … nije uspjelo",
  // "nepavyko prisijungti prie išsiuntimo (SMTP) serverio", "поради липса на връзка с изходящия (SMTP) … сървър"
  String.raw`[uü]hendumine ${OUT_R11}[^\n]{0,60}eba[oõ]nnestus`, String.raw`keeldub smtp-[uü]hendustest`, String.raw`spajanje na ${OUT_R11}[^\n]{0,60}nije uspjelo`, String.raw`odbija smtp vezu`,
  String.raw`nepavyko prisijungti prie ${OUT_R11}`, String.raw`neleid[zž]ia u[zž]megzti smtp ry[sš]i[uų]`, String.raw`липса на връзка с ${OUT_R11}`, String.raw`отхвърля опитите за свързване`,
  // The server's name not known: "SMTP-serveren … er ukendt/ukjent", "… är okänd", "… ei tunneta", "… je neznámý", "… ni znan",
  // "… ismeretlen", "… bilinmiyor", "… este necunoscut", "… είναι άγνωστος", "… és desconegut", "… ist unbekannt", "… невідомий".
  String.raw`${OUT_R11}[^\n]{0,60}(?: er ukendt| er ukjen[dt]| [aä]r ok[aä]nd| ei tunneta| je nezn[aá]m[yý]| ni znan| ismeretlen| bilinmiyor| este necunoscut| είναι άγνωστος| [eé]s desconegut| ist unbekannt| невідомий| on tundmatu| je nepoznat| е непознат)`,
  String.raw`ne[zž]inomas ${OUT_R11}`,
  // ko, id, vi (batch 3): "SMTP 서버(…)로 연결이 실패", "SMTP서버(…)를 알 수 없습니다", "kegagalan sambungan … ke server pengirim",
  // "Server keluar (SMTP) … tidak diketahui", "không kết nối được với máy chủ gửi thư", "Máy chủ gửi thư (SMTP) … không xác định"
  String.raw`smtp ?서버[^\n]{0,40}(?:로|으로) 연결이 실패`, String.raw`smtp 연결을 거부`, String.raw`smtp ?서버[^\n]{0,40}(?:을|를) 알 수 없`,
  String.raw`kegagalan sambungan[^\n]{0,60}server pengirim`, String.raw`server (?:keluar|pengirim)[^\n]{0,40}tidak diketahui`,
  String.raw`kh[oô]ng k[eế]t n[oố]i [dđ][uư][oợ]c v[oớ]i m[aá]y ch[uủ] g[uử]i th[uư]`, String.raw`t[uừ] ch[oố]i k[eế]t n[oố]i smtp`, String.raw`m[aá]y ch[uủ] g[uử]i th[uư][^\n]{0,60}kh[oô]ng x[aá]c [dđ][iị]nh`,
  String.raw`smtp-palvelinta [^\n]{0,60}ei tunneta`,
].join('|');

// The connection to the outgoing server timed out or was lost mid-way (TB send-error-smtp-timeout, -interrupted):
// the network on the way, or a server that stopped answering; trying again is the step.
const TIMEOUT_R11 = [
  // da, sv, nb, nn
  String.raw`tiden for forbindelsen[^\n]{0,60}l[oø]b ud`, String.raw`forbindelsen til ${OUT_R11}[^\n]{0,60}forsvandt`, String.raw`gjorde timeout`, String.raw`f[oö]rlorades mitt under`,
  String.raw`fikk tidsavbrudd`, String.raw`fekk tidsavbrot`, String.raw`ble mistet midt i`, String.raw`vart broten midt i`,
  // fi
  String.raw`aikakatkaistiin`, String.raw`katkesi kesken`,
  // cs, sk, sl
  String.raw`spojen[ií] se ${OUT_R11}[^\n]{0,40}(?:vypr[sš]elo|bylo ztraceno)`, String.raw`prekro[cč]ilo [cč]asov[yý] limit`, String.raw`do[sš]lo k preru[sš]eniu spojenia`,
  String.raw`povezava z ${OUT_R11}[^\n]{0,60}(?:potekla|izgubljena)`,
  // hu
  String.raw`kapcsolat id[oő]t[uú]ll[eé]p[eé]s miatt megszakadt`, String.raw`kapcsolat megszakadt a tranzakci[oó] k[oö]zben`,
  // tr
  String.raw`ba[gğ]lant[iı] zaman a[sş][iı]m[iı]na u[gğ]rad[iı]`, String.raw`ile ba[gğ]lant[iı] koptu`,
  // ro
  String.raw`conexiunea (?:la|cu) ${OUT_R11}[^\n]{0,60}(?:a expirat|s-a pierdut)`,
  // el
  String.raw`έληξε το όριο χρόνου σύνδεσης`, String.raw`χάθηκε η σύνδεση με τον ${OUT_R11}`,
  // ca
  String.raw`s${AP}ha esgotat el temps d${AP}espera de la connexi[oó]`, String.raw`s${AP}ha perdut la connexi[oó] (?:al|amb el) ${OUT_R11}`,
  // pt-PT
  String.raw`liga[cç][aã]o ao ${OUT_R11}[^\n]{0,60}(?:expirou|foi perdida)`,
  // de
  String.raw`verbindung mit dem ${OUT_R11}[^\n]{0,60}(?:ablaufzeit|timeout|verloren)`,
  // uk
  String.raw`з${AP}єднання з ${OUT_R11}[^\n]{0,60}(?:було втрачене|було втрачено|перевищило час|вичерпано час)`,
  // et, hr, lt, bg
  String.raw`[uü]hendus ${OUT_R11}[^\n]{0,40}(?:aegus|katkes)`, String.raw`veza s ${OUT_R11}[^\n]{0,60}(?:prekinuta|istekla)`, String.raw`ry[sš]ys su ${OUT_R11}[^\n]{0,60}nutr[uū]ko`,
  String.raw`nepavyko susisiekti su ${OUT_R11}`, String.raw`връзката с ${OUT_R11}[^\n]{0,60}пропадна`, String.raw`времето за изчакване на ${OUT_R11}[^\n]{0,60}изтече`,
  // ko, id, vi
  String.raw`연결 시간이 초과`, String.raw`연결이 중간에 실패`, String.raw`koneksi ke server keluar[^\n]{0,60}(?:kehabisan waktu|terputus)`,
  String.raw`h[eế]t th[oờ]i gian ch[oờ] k[eế]t n[oố]i`, String.raw`k[eế]t n[oố]i v[oớ]i m[aá]y ch[uủ] g[uử]i th[uư][^\n]{0,60}b[iị] m[aấ]t`,
  // Roundcube's smtpconnerror (da): "Forbindelsen til serveren afbrudt"
  String.raw`forbindelsen til serveren (?:blev )?afbrudt`,
].join('|');

// The login to the outgoing server refused (TB smtp-auth-failure, Roundcube smtpautherror): the password, or the
// authentication method set in the program.
const LOGIN_R11 = [
  // sk, sl, cs
  String.raw`overenie na ${OUT_R11}[^\n]{0,60}zlyhalo`, String.raw`${OUT_R11}[^\n]{0,60}ni mogo[cč]e overiti`, String.raw`autentizace k ${OUT_R11}[^\n]{0,60}(?:se nezda[rř]ila|selhala)`,
  // tr, hu
  String.raw`kimlik do[gğ]rulanamad[iı]`, String.raw`nem siker[uü]lt a hiteles[ií]t[eé]s`,
  // pt-PT, pt-BR, ro, ca
  String.raw`n[aã]o foi poss[ií]vel (?:efetuar a )?autentica(?:r|[cç][aã]o) n[oa] ${OUT_R11}`, String.raw`nu se poate efectua autentificarea`, String.raw`no s${AP}ha pogut autenticar`,
  // el
  String.raw`αδυναμία πιστοποίησης`, String.raw`δεν είναι δυνατή η ταυτοποίηση`,
  // da, nb, fi
  String.raw`kunne ikke godkendes af ${OUT_R11}`, String.raw`klarte ikke (?:å )?autentisere`, String.raw`todennus ${OUT_R11}[^\n]{0,40}ep[aä]onnistui`,
  // Roundcube (da): "SMTP fejl (535): Autenticering fejlede"
  String.raw`autenticering fejlede`,
  // uk
  String.raw`не вдалося (?:пройти )?автентифік`,
  // hu (Thunderbird for Android's notification): "A hitelesítés sikertelen"
  String.raw`hiteles[ií]t[eé]s sikertelen`,
  // et, hr, lt, bg
  String.raw`autentimine ${OUT_R11}[^\n]{0,60}pole v[oõ]imalik`, String.raw`nije se mogu[cć]e prijaviti na ${OUT_R11}`, String.raw`nepavyko patvirtinti tapatumo`, String.raw`неуспешно удостоверяване`,
].join('|');

// The outgoing server does not take the kind of password or authentication method the program is set to use (TB
// smtp-auth-hint-encrypt-to-plain-*, -plain-to-encrypt, smtp-auth-mechanism-not-supported): the method setting.
const AUTH_METHOD_R11 = [
  // "does not support encrypted passwords"
  String.raw`(?:underst[oø]tter|st[oö]der|st[oø]tte)[^\n]{0,20} (?:ikke |inte )?krypter(?:ede|ade|te) (?:adgangskoder|l[oö]senord|passord)`, String.raw`ei n[aä]yt[aä] tukevan salattuja salasanoja`,
  String.raw`nepodporuje [sš]ifrovan[aáeé] hesl[aá]`, String.raw`ne podpira [sš]ifriranih gesel`, String.raw`nem t[aá]mogatja a titkos[ií]tott jelszavak`, String.raw`[sş]ifrelenmi[sş] parolalar[iı] desteklemiyor`,
  String.raw`suport pentru parole criptate`, String.raw`δεν (?:φαίνεται να )?υποστηρίζει κρυπτογραφημένους κωδικούς`, String.raw`no permet contrasenyes xifrades`, String.raw`suporte a (?:senhas|palavras-passe) (?:criptografadas|encriptadas)`,
  // "does not allow plain-text passwords"
  String.raw`(?:tillader|till[aå]ter|tillater) ikke (?:ukrypterede adgangskoder|l[oö]senord i klartext|passord i klartekst)`, String.raw`ei hyv[aä]ksy salaamattomia salasanoja`, String.raw`nepodporuje neza[sš]ifrovan[aá] hesla`, String.raw`ne dovoljuje gesel v golem besedilu`,
  String.raw`nem engedi meg a sima sz[oö]veges jelszavak`, String.raw`d[uü]z metin (?:bi[cç]imindeki )?parolalar`, String.raw`nu permite parole [iî]n clar`, String.raw`κωδικούς πρόσβασης απλού κειμένου`, String.raw`no permet les contrasenyes de text net`, String.raw`n[aã]o permite (?:senhas|palavras-passe) em texto`,
  // "does not support the selected authentication method"
  String.raw`(?:underst[oø]tter|st[oö]der|st[oø]tter) ikke den valgte`, String.raw`ei tue valittua todennustapaa`, String.raw`nepodporuje zvolen(?:ou|[yý]) (?:metodu autentizace|sp[oô]sob overenia)`, String.raw`ne podpira izbrane metode overjanja`,
  String.raw`nem t[aá]mogatja a kiv[aá]lasztott hiteles[ií]t[eé]si m[oó]dszert`, String.raw`se[cç]ilen (?:kimlik do[gğ]rulama|yetkilendirme) y[oö]ntemini desteklemiyor`, String.raw`nu are suport pentru metoda de autentificare`,
  String.raw`δεν υποστηρίζει την επιλεγμένη μέθοδο ταυτοποίησης`, String.raw`no permet el m[eè]tode d${AP}autenticaci[oó]`, String.raw`n[aã]o (?:tem|oferece) suporte ao m[eé]todo de autentica[cç][aã]o`,
  // et, hr, lt, bg
  String.raw`ei toeta kr[uü]ptitud paroole`, String.raw`ei luba kr[uü]ptimata kujul paroole`, String.raw`ei toeta valitud autentimise viisi`,
  String.raw`ne podr[zž]ava kriptirane lozinke`, String.raw`ne dozvoljava obi[cč]ne lozinke`, String.raw`ne podr[zž]ava odabranu metodu provjere autenti[cč]nosti`,
  String.raw`nesupranta u[zž][sš]ifruot[uų] slapta[zž]od[zž]i[uų]`, String.raw`neleid[zž]ia ne[sš]ifruot[uų] slapta[zž]od[zž]i[uų]`, String.raw`nepalaiko nurodyto tapatumo patikrinimo b[uū]do`,
  String.raw`암호화된 비밀번호 사용을 지원하지 않`, String.raw`평문 비밀번호 사용을 허가하지 않`, String.raw`선택한 인증 방식을 지원하지 않`,
  String.raw`не поддържа шифровани пароли`, String.raw`не приема пароли от обикновен текст`, String.raw`не поддържа избрания метод за удостоверяване`,
].join('|');

// The outgoing server does not offer STARTTLS, so no secure link could be made (TB smtp-starttls-failed): the
// program's encryption setting (switch it to SSL/TLS on its port, or ask the provider). Thunderbird's message names
// STARTTLS twice in every language ("… using STARTTLS … Switch off STARTTLS …"); the secure-link words read it in a
// shorter rewording.
const STARTTLS_R11 = [
  String.raw`starttls[^\n]{0,250}starttls`,
  String.raw`(?:sikker forbindelse|s[aä]ker l[aä]nk|sikker tilko(?:b|p)ling|suojattua yhteytt[aä]|bezpe[cč]n[eě] p[rř]ipojit|zabezpe[cč]en[eé] spojenie|varne povezave|g[uü]venli bir ba[gğ]lant[iı]|conexiune securizat[aă]|ασφαλούς σύνδεσης|enlla[cç] segur|liga[cç][aã]o segura|захищене з${AP}єднання|turvalist [uü]hendust|sigurnu vezu|saugaus ry[sš]io|сигурна връзка)[^\n]{0,120}starttls`,
].join('|');

// A certificate error the program reports for its own account (Thunderbird for Android's "Certificate error for
// <account>" / "Check your server settings", batch 4): its connection's security settings, or the server's certificate.
const CERTIFICATE_R11 = [
  String.raw`certifikat ?fejl`, String.raw`sertifikatfeil`, String.raw`certifikatfel`, String.raw`varmennevirhe`, String.raw`chyba certifik[aá]tu`,
  String.raw`tan[uú]s[ií]tv[aá]nyhiba`, String.raw`sertifika hatas[iı]`, String.raw`eroare (?:de )?certificat`, String.raw`σφάλμα πιστοποιητικού`,
  String.raw`error de certificat`, String.raw`pogre[sš]ka certifikata`, String.raw`помилка сертифіката`, String.raw`인증서 오류`, String.raw`kesalahan sertifikat`,
].join('|');

// The message over the outgoing server's size limit (TB smtp-permanent-size-exceeded, smtpPermSizeExceeded2): the
// message's size, the sender's to change.
const TOO_LARGE_R11 = [
  String.raw`overstiger den generelle st[oø]rrelsesgr[aæ]nse`, String.raw`overskrider (?:den )?(?:generelle |globale )?st[oø]rrelsesgren(?:se|sen)`, String.raw`[oö]verskrider (?:den globala|en tempor[aä]r) storleksgr[aä]ns`,
  String.raw`koko ylitt[aä][aä] palvelimen kokorajoituksen`, String.raw`p[rř]ekro[cč]ila na serveru nastaven[yý] glob[aá]ln[ií] velikostn[ií] limit`, String.raw`prekro[cč]uje (?:glob[aá]lny )?limit ve[lľ]kosti`,
  String.raw`presega (?:splo[sš]no )?omejitev velikosti`, String.raw`m[eé]rete meghaladja a kiszolg[aá]l[oó]`, String.raw`boyutu sunucunun (?:genel )?boyut s[iı]n[iı]r[iı]n[iı] a[sş][iı]yor`,
  String.raw`dimensiunea mesajului[^\n]{0,60}dep[aă][sșş]e[sșş]te`, String.raw`μέγεθος του μηνύματος[^\n]{0,60}υπερβαίνει`, String.raw`mida del missatge[^\n]{0,60}excedeix`,
  String.raw`tamanho da mensagem[^\n]{0,60}(?:excede|ultrapassa) o limite`, String.raw`розмір повідомлення[^\n]{0,60}перевищує`, String.raw`gr[oö](?:ß|ss)e der nachricht[^\n]{0,60}(?:(?:ü|ue)berschreitet|(?:ü|ue)bersteigt)`,
  String.raw`veli[cč]ina poruke[^\n]{0,60}prelazi (?:globalno )?ograni[cč]enje`, String.raw`размерът на [^\n]{0,40}писмо надхвърля ограничението`,
  String.raw`크기가 서버의[^\n]{0,20}크기 제한`,
].join('|');

// A recipient's address with non-ASCII letters before the @ that the program's server cannot pass on (TB
// smtp-error-illegal-local-part): "ASCII" and "SMTPUTF8" stay untranslated in every language. The address, or a
// server that lacks SMTPUTF8: the sender changes the address.
const SMTPUTF8_R11 = String.raw`ascii[^\n]{0,200}smtputf8|smtputf8[^\n]{0,200}ascii`;

// More recipients than the program's server allows (TB smtp-too-many-recipients).
const TOO_MANY_RECIPIENTS_R11 = [
  String.raw`antallet af modtagere overskrider`, String.raw`till[aå]tna antalet mottagare [oö]verskrids`, String.raw`vastaanottajien sallittu m[aä][aä]r[aä] ylittyi`, String.raw`p[rř]ekro[cč]i(?:la|l) povolen[yý] po[cč]et p[rř][ií]jemc[uů]`,
  String.raw`t[uú]ll[eé]pte a c[ií]mzettek enged[eé]lyezett sz[aá]m[aá]t`, String.raw`izin verilen al[iı]c[iı] say[iı]s[iı] a[sş][iı]ld[iı]`, String.raw`υπέρβασης του επιτρεπόμενου αριθμού παραληπτών`, String.raw`s${AP}ha superat el nombre de destinataris`,
  String.raw`prekora[cč]enja dopu[sš]tenog broja primatelja`, String.raw`превишаване на разрешения брой получатели`,
].join('|');

export const FAMILIES_R11: readonly WordFamily[] = [
  { id: 'r11_smtputf8', match: new RegExp(SMTPUTF8_R11, 'i'), reason: 'mailererror', bucket: 'settings', client: true, anywhere: 'sender' },
  { id: 'r11_starttls', match: new RegExp(STARTTLS_R11, 'i'), reason: 'failedstarttls', bucket: 'port-encryption', client: true, anywhere: 'sender' },
  { id: 'r11_auth_method', match: new RegExp(AUTH_METHOD_R11, 'i'), reason: 'securityerror', bucket: 'settings', client: true, anywhere: 'sender' },
  { id: 'r11_certificate', match: new RegExp(CERTIFICATE_R11, 'i'), reason: 'failedstarttls', bucket: 'port-encryption', client: true, anywhere: 'sender' },
  { id: 'r11_login', match: new RegExp(LOGIN_R11, 'i'), reason: 'securityerror', bucket: 'credentials', client: true, anywhere: 'sender' },
  { id: 'r11_too_large', match: new RegExp(TOO_LARGE_R11, 'i'), reason: 'emailtoolarge', bucket: 'content', client: false, anywhere: 'sender' },
  { id: 'r11_too_many_recipients', match: new RegExp(TOO_MANY_RECIPIENTS_R11, 'i'), reason: 'rejected', bucket: 'settings', client: false, anywhere: 'sender' },
  { id: 'r11_timeout', match: new RegExp(TIMEOUT_R11, 'i'), reason: 'networkerror', bucket: 'network-block', client: true, anywhere: 'sender' },
  { id: 'r11_connect', match: new RegExp(CONNECT_R11, 'i'), reason: 'networkerror', bucket: 'settings', client: true, anywhere: 'sender' },
];
