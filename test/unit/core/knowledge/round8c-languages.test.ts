// Round 8b (knowledge17): the phrase table by language and meaning (languages-r8.ts) and delay notices.
// Each case is a wording of our own, built from the catalogues' phrases but in sentences no labelled set
// holds, so a rule that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { languageDelayR8, preferLanguageR8, saysLanguageR8, withDelayR8, withFinalR8, withTemporaryR8 } from '../../../../src/core/knowledge/languages-r8.ts';
import { verdict } from './verdict.ts';

describe('the outgoing server could not be reached or is unknown: the program\'s settings or its network', () => {
  it.each([
    'Envoi impossible : la connexion au serveur sortant (SMTP) mail.exemple.fr a échoué.',
    'No se pudo conectar al servidor de correo. Revise la configuración.',
    'Impossibile connettersi al server di posta.',
    'Kon geen verbinding maken met de server mail.voorbeeld.nl',
    'Não foi possível conectar ao servidor smtp.exemplo.com.br',
    'Nie udało się połączyć z serwerem pocztowym',
    'Nepodařilo se připojit k serveru smtp.priklad.cz',
    'Kunde inte ansluta till servern smtp.exempel.se',
    'Сервер исходящей почты (SMTP) «smtp.primer.ru» неизвестен.',
  ])('%s', async (text) => {
    const [bucket, actor] = await verdict(text);
    expect(['settings', 'network-block']).toContain(bucket);
    expect(['sender', 'network']).toContain(actor);
  });
});

describe('a connection that timed out or dropped is the network path, not the recipient', () => {
  it.each([
    'La connexion au serveur sortant (SMTP) smtp.exemple.fr a expiré pendant l\'envoi.',
    'Error: se agotó el tiempo de espera de la conexión',
    'Upłynął limit czasu połączenia z serwerem SMTP',
    'Время ожидания соединения с сервером истекло',
    '送信中に接続がタイムアウトしました',
    'Zeitüberschreitung bei der Verbindung zum Postausgangsserver',
  ])('%s', async (text) => {
    const [bucket, actor] = await verdict(text);
    expect(['network-block', 'settings']).toContain(bucket);
    expect(['sender', 'network']).toContain(actor);
  });
});

describe('a refused login in the Romance, Germanic and Slavic languages is the password', () => {
  it.each([
    'Échec de l\'authentification auprès du serveur de messagerie',
    'Fallo de autenticación: revise su contraseña',
    'Autenticazione fallita per l\'utente mario',
    'Authenticatie mislukt voor account info@voorbeeld.nl',
    'Falha na autenticação do servidor SMTP',
    'Uwierzytelnianie nie powiodło się dla konta jan',
    'Не удалось аутентифицироваться на почтовом сервере',
    'Autentiseringen misslyckades',
    '无法使用该账号进行认证',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['credentials', 'sender']);
  });
});

describe('no secure connection, or a certificate refused, is the encryption setting', () => {
  it.each([
    'Impossible d\'établir une connexion sécurisée avec le serveur',
    'El certificado del servidor no es válido',
    'Kan geen beveiligde verbinding met de server maken',
    'Не удалось установить защищённое соединение с сервером',
    '无法与服务器建立安全连接',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['port-encryption', 'sender']);
  });
});

describe('size, sending limit, full mailbox and refused addresses keep their English meanings', () => {
  it.each([
    ['Le message est trop volumineux pour ce serveur', 'content', 'sender'],
    ['El tamaño del mensaje excede lo permitido', 'content', 'sender'],
    ['Rozmiar wiadomości przekracza limit serwera', 'content', 'sender'],
    ['添付ファイルのサイズが上限を超えています', 'content', 'sender'],
    ['Ha alcanzado el límite de envío diario', 'sender-account', 'sender'],
    ['Hai raggiunto il limite di invio', 'sender-account', 'sender'],
    ['La boîte aux lettres est pleine', 'recipient', 'recipient'],
    ['A caixa de correio do destinatário está cheia', 'recipient', 'recipient'],
    ['Skrzynka odbiorcy jest przepełniona', 'recipient', 'recipient'],
    ['Utilisateur inconnu : paul@exemple.fr', 'recipient', 'sender'],
    ['Onbekende ontvanger', 'recipient', 'sender'],
    ['Nieznany adresat', 'recipient', 'sender'],
  ])('%s is %s, %s acts', async (text, bucket, actor) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, actor]);
  });

  it('a sender its own server would not set is the sender\'s account', async () => {
    expect((await verdict('Błąd SMTP (553): Nie można ustawić nadawcy "biuro@przyklad.pl"')).slice(0, 2)).toEqual(['sender-account', 'sender']);
  });
});

describe('a temporary problem said in words is temporary, and nobody acts yet', () => {
  it.each([
    'Problème temporaire avec la boîte du destinataire',
    'Problema temporaneo sul server di destinazione',
    'Tijdelijk probleem bij de ontvangende server',
    'Tymczasowy problem z serwerem odbiorcy',
    'Временная ошибка на стороне сервера получателя',
    '一時的な問題が発生しています',
  ])('%s', async (text) => {
    const [bucket, actor, temporary] = await verdict(text);
    expect([bucket, actor, temporary]).toEqual(['remote-transient', 'none', true]);
  });
});

describe('delay notices, in English and other languages: not an error, nobody acts, temporary', () => {
  it.each([
    'Subject: Delayed Mail (still being retried)\nYour message to ana@example.net is still being retried.',
    'Delivery incomplete',
    'Message delivery has been delayed',
    'Delivery delayed: Quarterly figures',
    'Ihre Nachricht an max@beispiel.de konnte noch nicht zugestellt werden. Zustellversuche werden fortgesetzt.',
    'La livraison a été retardée ; de nouvelles tentatives seront effectuées.',
    'La entrega está retrasada. Se volverá a intentar durante 48 horas.',
    'De bezorging is vertraagd en wordt later opnieuw geprobeerd.',
    'Doręczenie jest opóźnione.',
    'Попытки доставки будут продолжены.',
    'メールの配送が遅延しています',
    '系统将继续尝试投递您的邮件',
  ])('%s', async (text) => {
    expect(await verdict(text)).toEqual(['not-an-error', 'none', true]);
  });

  it('a notice that gave up is final, never a delay', async () => {
    for (const text of [
      'Cannot send message for 5 days',
      'A message is delayed for more than 2 days for the following list of recipients:\n\nx@example.org: Envelope expired',
      'Delivery delayed: Report\nThis is a permanent error. The following address(es) failed: x@example.org',
    ]) {
      const [bucket, , temporary] = await verdict(text);
      expect(bucket).not.toBe('not-an-error');
      expect(temporary).toBe(false);
    }
    expect(languageDelayR8('Die Zustellung ist endgültig fehlgeschlagen, die Zustellung wurde verzögert')).toBeNull();
  });
});

describe('the situation word lists are widened, not replaced', () => {
  it('keeps every original match and adds the table\'s', () => {
    const delay = withDelayR8(/\bold delay words\b/i);
    expect(delay.test('old delay words')).toBe(true);
    expect(delay.test('Doręczenie zostało opóźnione')).toBe(true);
    const temporary = withTemporaryR8(/\btry later\b/i);
    expect(temporary.test('try later') && temporary.test('problema temporal')).toBe(true);
    const final = withFinalR8(/^\*\* /i);
    expect(final.test('** x') && final.test('Envelope expired')).toBe(true);
    expect(final.test('x\n** y')).toBe(false);
  });
});

describe('the JSON and the human text agree, in German too', () => {
  it.each(['Erreur SMTP (535) : échec lors de l\'authentification.', 'Warnung: Zustellung verzögert'])('%s', async (text) => {
    for (const lang of ['en', 'de'] as const) {
      const items = (await explain(text, { lang })).items;
      expect(items.length).toBe(1);
      const e = items[0]?.explanation;
      expect(e?.actor).toBeDefined();
      expect(e?.title.key).toMatch(/^k_/);
    }
  });
});

describe('PHPMailer\'s catalogue in more languages', () => {
  it.each([
    ['Chyba při odesílání: autentizace selhala', 'credentials'],
    ['Kunde inte autentisera mot e-postservern', 'credentials'],
    ['Fehler: Authentifizierungsfehler beim Versand', 'credentials'],
    ['Nelze navázat spojení se serverem pošty', 'settings'],
    ['Kunde inte ansluta till SMTP-servern', 'settings'],
    ['Não foi possível ligar ao servidor de correio', 'settings'],
    ['Formulář: SMTP Connect() selhal při odesílání', 'settings'],
    ['Mailer Error : Echec de la connexion SMTP (voir le journal)', 'settings'],
  ])('%s is %s', async (text, bucket) => {
    expect((await verdict(text)).slice(0, 2)).toEqual([bucket, 'sender']);
  });
});

describe('a weak engine reading of a reply gives way to the table\'s meaning, a strong one does not', () => {
  it('Gmail\'s 4.2.1 said in German is the recipient getting mail too fast: temporary, nobody acts', async () => {
    expect(await verdict('452 4.2.1 Das Postfach des Nutzers erhält zu schnell E-Mails. Bitte später erneut senden.')).toEqual(['remote-transient', 'none', true]);
  });
  it('leaves a confident finding alone', () => {
    const finding = {
      recipient: null, action: 'failed' as const, status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null, reportingMta: null,
      command: null, hard: true, reason: 'userunknown' as const, bucket: 'recipient' as const, side: 'recipient' as const, confidence: 0.9, evidence: [],
    };
    const analysis = { kind: 'bounce' as const, format: 'text' as const, findings: [finding] };
    expect(preferLanguageR8('Problème temporaire, réessayez', analysis)).toBe(analysis);
    const weak = { ...analysis, findings: [{ ...finding, confidence: 0.3 }] };
    expect(preferLanguageR8('Problème temporaire, réessayez', weak)).toBe(weak); // no "anywhere" meaning in those words
    expect(preferLanguageR8('Il a atteint la limite d\'envoi', weak).findings[0]?.bucket).toBe('sender-account');
  });
  it('says whether the table names a meaning', () => {
    expect(saysLanguageR8('Échec de la connexion SMTP')).toBe(true);
    expect(saysLanguageR8('Mailer Error: could not instantiate mail function')).toBe(false);
  });
});
