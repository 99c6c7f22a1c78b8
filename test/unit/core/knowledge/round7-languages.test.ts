// Round 7b (knowledge14): cause families in Chinese, Japanese, Russian and Turkish (languages-r7.ts),
// localized delay notices, and texts that say too little. Each tried on wordings of our own that are
// in no labelled set, so a rule that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { saysTooLittleToTell } from '../../../../src/core/knowledge/languages-r7.ts';
import { verdict } from './verdict.ts';

describe('a refused login in other languages is the password, the sender\'s to fix', () => {
  it.each([
    '发送邮件失败：登录失败',
    '郵件伺服器認證失敗',
    '请使用授权码登录',
    'メール送信エラー: 認証に失敗しました',
    'Не удалось отправить: ошибка аутентификации',
    'E-posta gönderilemedi: kimlik doğrulama başarısız',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['credentials', 'sender']);
  });
});

describe('QQ/NetEase: an authorization code in place of the password', () => {
  it.each([
    'Invalid login: 535 Login Fail. Please enter your authorization code to login.',
    "smtplib.SMTPAuthenticationError: (535, 'Error: 请使用授权码登录')",
    '163邮箱发信失败：授权码错误',
  ])('%s', async (text) => {
    const e = (await explain(text)).items[0]?.explanation;
    expect([e?.bucket, e?.actor, e?.title.key]).toEqual(['credentials', 'sender', 'k_r7l_auth_code_t']);
    expect(e?.steps.map((m) => m.key)).toContain('k_r7l_s_auth_code');
  });

  it('a bounce that merely mentions a code is not a login', async () => {
    const e = (await explain('Delivery has failed to these recipients: bob@example.com\nYour authorization code for the parcel is 1234.\n550 5.1.1 User unknown')).items[0]?.explanation;
    expect(e?.title.key).not.toBe('k_r7l_auth_code_t');
  });
});

describe('a server the program cannot reach, in other languages, is the connection settings', () => {
  it.each([
    '无法连接到邮件服务器',
    '連線失敗，請稍候',
    'サーバーに接続できませんでした',
    'Не удалось подключиться к почтовому серверу',
    'Posta sunucusuna bağlanılamadı',
  ])('%s', async (text) => {
    const [bucket] = await verdict(text);
    expect(['settings', 'network-block']).toContain(bucket);
  });
});

describe('the recipient\'s side in other languages', () => {
  it.each([
    ['收件人不存在', 'recipient'],
    ['宛先が見つかりません', 'recipient'],
    ['Получатель не найден', 'recipient'],
    ['Alıcı bulunamadı', 'recipient'],
    ['Nachricht nicht zugestellt: unbekannter Empfänger', 'recipient'],
    ['对方邮箱已满', 'recipient'],
    ['Почтовый ящик получателя переполнен', 'recipient'],
  ])('%s is %s', async (text, bucket) => {
    expect((await verdict(text))[0]).toBe(bucket);
  });
});

describe('a sender address, a size, a spam verdict in other languages', () => {
  it('the sender address is the sender\'s own account', async () => {
    expect((await verdict('发件人地址无效'))[0]).toBe('sender-account');
    expect((await verdict('Неверный адрес отправителя: a@b.example'))[0]).toBe('sender-account');
  });
  it('a message too big is its content', async () => {
    expect((await verdict('附件过大，无法发送'))[0]).toBe('content');
  });
  it('a spam verdict is never the password', async () => {
    expect((await verdict('邮件被判定为垃圾邮件'))[0]).toBe('policy-reputation');
  });
});

describe('the other families in French, Spanish, Italian, Portuguese, Dutch, Polish and German', () => {
  it.each([
    ['Le message a été détecté comme spam', 'policy-reputation'],
    ['Mensaje marcado como spam', 'policy-reputation'],
    ['Retransmisión denegada', 'settings'],
    ['Relay niet toegestaan', 'settings'],
    ['Serwer tymczasowo niedostępny', 'remote-transient'],
    ['Serviço temporariamente indisponível', 'remote-transient'],
    ['Der Server ist derzeit nicht erreichbar', 'remote-transient'],
    ['Quota superata per la casella del destinatario', 'recipient'],
    ['Limite di invio raggiunto', 'sender-account'],
    ['Versandlimit überschritten', 'sender-account'],
  ])('%s is %s', async (text, bucket) => {
    expect((await verdict(text))[0]).toBe(bucket);
  });
  it('a server busy for now is temporary, nobody acts yet', async () => {
    expect((await verdict('Servidor temporalmente no disponible')).slice(1)).toEqual(['none', true]);
  });
});

describe('an address as typed in the program, in other languages, is its settings', () => {
  it.each(['Geçersiz e-posta adresi: ali@', '无效的电子邮件地址：someone@', 'メールアドレスが正しくありません: taro@'])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });
});

describe('Exchange\'s localized NDR sentences name the cause inside a whole report', () => {
  it('a full mailbox, in French', async () => {
    const text = 'La remise à ces destinataires ou groupes a échoué :\njean@example.fr\nLa boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l\'instant. Veuillez réessayer d\'envoyer votre message plus tard ou contacter directement le destinataire.';
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'recipient']);
  });
  it('an address not found, in German', async () => {
    const text = 'Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:\nbob@example.de\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden.';
    expect((await verdict(text)).slice(0, 2)).toEqual(['recipient', 'sender']);
  });
  it('sending on someone else\'s behalf, in Spanish', async () => {
    const text = 'Algunos de los destinatarios no recibieron su mensaje.\nAsunto: Informe\nNo se puede enviar este mensaje. No tiene permiso para enviar en nombre del usuario especificado.';
    expect((await verdict(text))[0]).toBe('sender-account');
  });
});

describe('localized delay notices: nobody acts yet, temporary', () => {
  it.each([
    'Die Zustellung an folgende Empfänger wurde verzögert.',
    'La remise aux destinataires suivants est retardée.',
    'La entrega a los siguientes destinatarios se ha retrasado.',
    '邮件投递延迟，系统会继续尝试',
  ])('%s', async (text) => {
    expect(await verdict(text)).toEqual(['not-an-error', 'none', true]);
  });
});

describe('texts that say too little: the honest unknown', () => {
  it.each([
    'Undelivered Mail Returned to Sender',
    'Subject: Mail delivery failed: returning message to sender',
    'Unzustellbar: Angebot Nr. 17',
    'Delivery Status Notification (Failure)',
  ])('a bounce\'s bare subject line: %s', async (text) => {
    expect(saysTooLittleToTell(text)).toBe(true);
    expect((await explain(text)).items).toEqual([]);
  });

  it.each(['550 5.5.2', '501 5.5.4.', '5.5.0', '554 5.0.0', '550'])('an ambiguous bare code keeps its code list, names no cause: %s', async (text) => {
    const e = (await explain(text)).items[0]?.explanation;
    expect([e?.bucket, e?.actor]).toEqual(['unknown', null]);
    expect(e?.steps).toEqual([]);
  });

  it.each([
    ['535 5.7.8', 'credentials'],
    ['552 5.2.2', 'recipient'],
    ['550 5.1.1', 'recipient'],
    ['530 5.7.0', 'settings'],
    ['500 5.5.1 Command unrecognized', 'settings'],
  ])('a well-known code, or an x.5.x with words, keeps its reading: %s', async (text, bucket) => {
    expect((await verdict(text))[0]).toBe(bucket);
  });

  it.each([
    'Mail delivery failed: returning message to sender\nUnrouteable address',
    'Undelivered Mail Returned to Sender\n<bob@example.org>: Recipient address rejected: User unknown',
  ])('a subject followed by the cause is not too little: %s', (text) => {
    expect(saysTooLittleToTell(text)).toBe(false);
  });
});
