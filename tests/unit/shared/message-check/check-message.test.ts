import { describe, expect, it } from 'vitest';
import { remoteToolCatalog } from '../../../../electron/main/core/catalog';
import { catalogs } from '../../../../shared/i18n/i18n';
import { checkMessage, messageDecision } from '../../../../shared/message-check/check-message';
import { messageEvidence } from '../../../../shared/message-check/message-evidence';
import { findLookAlikeLinks } from '../../../../shared/message-check/look-alike-links';
import { findRemoteToolMentions } from '../../../../shared/message-check/remote-tool-mentions';

const check = (text: string) => checkMessage(text, remoteToolCatalog);
const ids = (text: string) => check(text).redFlags.map((f) => f.id);
/** The phishing signs found, whatever the verdict (the red flags are shown only with a warning). */
const phishingIds = (text: string) => messageEvidence(text, remoteToolCatalog).phishing.map((f) => f.id);
/** Each text finds its phishing sign, and each harmless text finds none. */
const expectPhishing = (cases: readonly (readonly [string, string])[], harmless: readonly string[]) => {
  for (const [text, id] of cases) expect(phishingIds(text), text).toContain(id);
  for (const text of harmless) expect(phishingIds(text), text).toEqual([]);
};

describe('the message checker', () => {
  it('finds nothing in ordinary messages from family and shops', () => {
    for (const text of [
      'Hi Mum, are we still on for lunch on Sunday? Love, Sarah',
      'Your parcel is with the courier and will arrive tomorrow.',
      'Your refund of £12.99 has been processed. It will reach your card in 3-5 days.',
      'Happy birthday! I sent you an Amazon gift card.',
      'Call me back at 0161 496 0000 when you can. Dad',
      'Hola mamá, te llamo luego. Besos.',
      'Hallo Oma, wir kommen am Samstag zum Kaffee.',
      'Your Microsoft account sign-in page is https://login.microsoftonline.com as always.',
    ]) {
      expect(check(text), text).toMatchObject({ verdict: 'no-red-flags', redFlags: [] });
      // The score is the detector's, 0.5 at its scam threshold; "I sent you an Amazon gift card"
      // is the highest, 0.37 (a shop's name and "gift card" are in many scams): well under it.
      expect(check(text).score, text).toBeLessThanOrEqual(0.4);
    }
  });

  it('explains each red flag of a tech-support script in plain words', () => {
    const result = check(
      'Please install AnyDesk so I can fix your computer. Then buy Google Play gift cards and read me the numbers on the back. Do not tell your family.',
    );
    expect(result.verdict).toBe('scam');
    expect(result.score).toBeGreaterThan(0.8);
    const byId = new Map(result.redFlags.map((f) => [f.id, f.text]));
    expect(byId.get('gift-card')).toBe(
      'It asks for gift cards. Only scammers ask to be paid with gift cards.',
    );
    expect(byId.get('remote-tool')).toBe(
      'It names AnyDesk. This program lets someone control your computer from far away.',
    );
    expect(byId.get('secrecy')).toContain('keep it a secret');
  });

  it('finds payment by crypto, wire, courier and gold, threats and urgency, in three languages', () => {
    expect(ids('Send the money in Bitcoin at the Bitcoin ATM.')).toContain('crypto');
    expect(ids('Wire the money through Western Union today.')).toContain('wire-transfer');
    expect(ids('Withdraw cash and a courier will collect the money from your home.')).toContain(
      'cash-courier',
    );
    expect(ids('Buy gold bars to protect your savings.')).toContain('cash-courier');
    expect(ids('You will be arrested unless you pay now.')).toEqual(
      expect.arrayContaining(['threat', 'payment-urgency']),
    );
    expect(ids('Compre tarjetas regalo de Google Play y léame los códigos.')).toContain('gift-card');
    expect(
      ids('Kaufen Sie Google-Play-Karten und nennen Sie uns die Codes. Sagen Sie niemandem davon.'),
    ).toEqual(expect.arrayContaining(['gift-card', 'secrecy']));
    expect(check('Su cuenta será bloqueada. Pague hoy con una transferencia.').verdict).toBe('scam');
  });

  it('notices a caller who says which company or bank they are from, and not a friend or a school', () => {
    for (const text of [
      'Hello, this call is from Microsoft Help Center. We encounter a serious issue coming out of your computer.',
      'Hello, this is Amazon Pay customer service calling about the invoice for your new iPhone 15.',
      'Hola, esta llamada es del Centro de Ayuda de Microsoft.',
      'Le llamamos de su banco. Su cuenta ha sido bloqueada.',
      'Hallo, hier spricht Peter Müller von Microsoft.',
      'Hallo, dieser Anruf kommt vom Microsoft Help Center.',
      'Buonasera, lavoro per il servizio antifrode della sua banca.',
      'Je vous appelle de la part de Microsoft.',
      'Estou a ligar do banco.',
    ])
      expect(phishingIds(text), text).toContain('caller-claims');
    for (const text of ['I am calling you back about dinner.', 'We are calling from the school about Tom.'])
      expect(phishingIds(text), text).not.toContain('caller-claims');
    expect(catalogs.es['message.flag.caller-claims']).toContain('Quien llama dice de qué empresa o banco es');
    expect(catalogs.de['message.flag.caller-claims']).toContain(
      'Der Anrufer sagt, von welcher Firma oder Bank er ist',
    );
  });

  it('finds the signs of Italian, Portuguese and French parcel, bank and fine messages', () => {
    const cases: [string, string][] = [
      ['Il tuo pacco è stato trattenuto presso il nostro centro di spedizione.', 'parcel-fee'],
      ['Salve, purtroppo non siamo riusciti a consegnare il suo pacco', 'parcel-fee'],
      ['Informamos que seu pedido foi barrado pela fiscalização alfandegaria.', 'parcel-fee'],
      ['UniCredit: Confermato Addebito di EUR 995,90. Se disconosce tale operazione contattare', 'charge'],
      ['UniCredit: Confermato Addebito di EUR 995,90. Se disconosce tale operazione contattare', 'not-you'],
      ['La sua App risulta associata ad un nuovo dispositivo da Lugano', 'odd-activity'],
      [
        'INFO ANTAI : Votre infraction est en attente de règlement. Merci de régulariser la situation',
        'fine',
      ],
      ['Avviso 48 ore: Evitare la disattivazione del sito', 'account-blocked'],
    ];
    expectPhishing(cases, ['Grazie, il pacco è arrivato! Ci vediamo domenica.']);
    expect(phishingIds('Im Auftrag der BaFin müssen wir Sie erneut verifizieren')).toContain('verify-link');
    expect(phishingIds('SumUp: Dringende Sicherheitsüberprüfung erforderlich')).toContain('verify-link');
    // A subscription or an account about to lapse, and an ordinary "läuft".
    const lapse = (text: string) =>
      messageEvidence(text, remoteToolCatalog).signs.morePhrases.some((p) => p.signal === 'expired');
    expect(lapse('Su suscripción a McAfee Antivirus expiró el mes pasado')).toBe(true);
    expect(lapse('Ihre iTunes ID läuft in weniger als 48 Stunden ab.')).toBe(true);
    expect(lapse('Ihr Abo läuft weiter wie gewohnt. Der Film läuft ab 20 Uhr.')).toBe(false);
  });

  it('finds suspensions, unpaid tolls and debts, and "not you?" in Italian, French and Portuguese', () => {
    const cases: [string, string][] = [
      ['Stiamo per sospendere i servizi del suo conto online per mancato aggiornamento', 'account-blocked'],
      ['Per evitare la revoca dei suoi benefici la invitiamo ad identificarsi', 'account-blocked'],
      ['L’accès à votre compte et à vos services pourrait être brièvement suspendu', 'account-blocked'],
      ['Hoje será feita a suspensão da sua eletricidade por falta de pagamento', 'account-blocked'],
      ['Risulta un pedaggio non saldato di 4,20 euro', 'fine'],
      ['Hai multe scadute da regolarizzare', 'fine'],
      ['Le è stato riconosciuto il diritto al rimborso di 80 euro', 'fine'],
      ['Votre amende de stationnement est impayée', 'fine'],
      ['Vous avez un retard de paiement de 12 €', 'fine'],
      ['Tem dívidas pendentes: pague hoje para evitar a execução', 'fine'],
      ['Tem direito a um reembolso de 230 euros', 'fine'],
      ['Bonifico di 700 euro in uscita. Se non sei tu chiama subito', 'not-you'],
      ['Compra de 90 euros aprovada. Caso desconheça, ligue para a central', 'not-you'],
    ];
    expectPhishing(cases, [
      'Il pedaggio è stato pagato con Telepass, grazie.',
      'Votre compte est actif et votre carte a été livrée.',
      'A sua conta está ativa. Obrigado por ser nosso cliente.',
      'Ho pagato la multa ieri, tutto a posto.',
    ]);
  });

  it('finds access or a bill that runs out, parcels on hold and approved charges', () => {
    const cases: [string, string][] = [
      ['Ihre TAN-Registrierung läuft am 14.09.2025 ab. Jetzt verlängern.', 'expiry'],
      ['AKTION ERFORDERLICH: Ihr Passwort läuft heute ab', 'expiry'],
      ['Nach Ablauf der Frist ist kein Zugriff mehr möglich.', 'expiry'],
      ['Your account password expires today. Keep it here: https://example.test', 'expiry'],
      ['Tu suscripción de Netflix caduca hoy, actualiza tu pago', 'expiry'],
      ['Votre abonnement expire demain', 'expiry'],
      ['Il tuo accesso scade oggi', 'expiry'],
      ['A sua senha expira hoje', 'expiry'],
      ['Bitte bestätigen Sie Ihre Daten, um eine Sperre zu vermeiden', 'account-blocked'],
      ['Erneuern Sie ihn, um eine Sperrung Ihres Kontos zu vermeiden.', 'account-blocked'],
      ['Sperrung Ihres Telekom Anschlusses ab dem 12.03.2018', 'account-blocked'],
      ['La entrega de su paquete se ha pausado porque falta un dato de la dirección', 'parcel-fee'],
      ['Su envío no tiene número de calle y está en espera', 'parcel-fee'],
      ['Cargo de 380,00 EUR aprobado en su tarjeta', 'charge'],
      ['Se ha retenido un cargo de 744 euros en su banca online', 'charge'],
    ];
    expectPhishing(cases, [
      'Der Film läuft ab 20 Uhr. Ihr Abo läuft weiter wie gewohnt.',
      'Bei Verlust sollten Sie unverzüglich eine Sperrung der Karte veranlassen.',
      'Tu paquete ha sido entregado. ¡Gracias!',
      'Su cuota mensual de 9,99 € se cobrará el día 5.',
      'The registration desk opens at 9.',
    ]);
    expect(catalogs.es['message.flag.expiry']).toContain('caduca pronto');
    expect(catalogs.de['message.flag.expiry']).toContain('läuft bald ab');
  });

  it('finds threats to block an account, "not you?", unauthorised access, a "new security system" and more ways to say them', () => {
    expectPhishing(
      [
        ['Leider müssen wir Ihr Konto sperren, bis Sie Ihre Identität bestätigt haben.', 'account-blocked'],
        ['Ab dem 26.01.2022 können Sie Ihr Konto nicht mehr nutzen.', 'account-blocked'],
        ['Es sieht so aus als ob Paypal den Abschluss Ihres Kontos einleitet', 'account-blocked'],
        ['(BBVA) A partir de ahora, no podrá utilizar su tarjeta.', 'account-blocked'],
        ['Hemos bloqueado su cuenta de Amazon.', 'account-blocked'],
        ['Nos veremos obligados a limitar su acceso a Línea Abierta', 'account-blocked'],
        ['We have suspended your account until you confirm your details.', 'account-blocked'],
        ['You will no longer be able to use your online account.', 'account-blocked'],
        ['From today you can no longer use your card.', 'account-blocked'],
        ['Hoy se activó su seguro por $201.470. ¿No fuiste tú? Cancela aquí.', 'not-you'],
        ['Se activó su póliza. Si no está conforme, puede cancelarla aquí', 'not-you'],
        ['Si usted no ha realizado este pago, ingrese a: caixabank-pagos.com', 'not-you'],
        ['Wenn Sie diese Anfrage nicht erkennen, stornieren Sie über:', 'not-you'],
        ['Un dispositivo no autorizado se ha conectado a su cuenta online', 'odd-activity'],
        ['Ungewöhnliche Kontobewegungen haben es notwendig gemacht', 'odd-activity'],
        ['Wir informieren Sie, dass Ihre iTunes ID in weniger als 48 Stunden abläuft.', 'expiry'],
        ['Ihr Sicherheitsverfahren läuft am 12.03.2014 aus.', 'expiry'],
        ['Ihre o2 Simkarte läuft Heute aus.', 'expiry'],
        ['Su suscripción a McAfee Antivirus expiró el mes pasado', 'expiry'],
        ['Su multa de tráfico de 13,16 EUR está vencida.', 'expiry'],
        ['(BBVA) Debe actualizar el nuevo sistema de seguridad web', 'security-update'],
        ['Aktivieren Sie jetzt das neue Sicherheitssystem: https://cutt.ly/x', 'security-update'],
        ['Damit Sie weiterhin Ihr Konto nutzen können, installieren Sie die App.', 'security-update'],
        ['Su tarjeta sanitaria requiere una actualización para mantener sus servicios.', 'security-update'],
        ['Votre nouvelle carte vitale est disponible afin de continuer à être couvert', 'security-update'],
        ['Your Apple-ID will be disabled for security reason.', 'account-blocked'],
        ['We have temporarily restricted access to your Barclays account.', 'account-blocked'],
        ['Banco BPM informa che ha limitato la sua carta per mancata verifica.', 'account-blocked'],
        ['Il tuo conto e la tua carta Postepay sono state bloccate.', 'account-blocked'],
        ['Realize o pagamento até dia 27/10 para evitar o CORTE.', 'account-blocked'],
        ['A new device has been registered. If this was NOT done by you please visit:', 'not-you'],
        ['Gruppo ISP Pagamento di 1.100 non riconosciuto.', 'not-you'],
        ["Hi mum, I've changed provider temporarily, have this number", 'new-number'],
        ['Ciao mamma, il mio cellulare è rotto: ho cambiato numero!', 'new-number'],
        ['Assurance maladie : expiration de votre carte vitale', 'expiry'],
        ['Il y a des débits suspects sur votre compte', 'charge'],
      ],
      [
        'Wir haben Ihre Karte wie gewünscht verlängert. Die neue Karte kommt per Post.',
        'No podemos abrir la tienda el domingo por la tarde.',
        'We have updated your account settings as you asked.',
        'Das Konzert läuft heute bis 22 Uhr, der Einlass ist ab 19 Uhr.',
        'Windows installiert heute Abend ein Update.',
      ],
    );
    expect(catalogs.es['message.flag.security-update']).toContain('nuevo sistema de seguridad');
    expect(catalogs.de['message.flag.security-update']).toContain('neues Sicherheitssystem');
  });

  it('says "blocked" of a message in a message’s words, and once', () => {
    // The finders' "blocked" ("Sperrung") in a bank text: not "your computer is blocked".
    const bank = check('Ihr Zugang läuft heute ab. Bitte erneuern Sie ihn, sonst droht eine Sperrung.');
    const blocked = bank.redFlags.find((f) => f.id === 'blocked');
    expect(blocked?.text).toBe(
      'It says your computer, an account or a card is blocked. Scammers say this to scare you into acting fast.',
    );
    expect(bank.redFlags.map((f) => f.text).join(' ')).not.toContain('your computer is blocked');
    // With the phishing sign for a blocked account, the finders' "blocked" is not said again.
    const card = ids('Ihre Karte wurde gesperrt. Sperrung aufheben: https://karte-entsperren.top/login');
    expect(card).toContain('account-blocked');
    expect(card).not.toContain('blocked');
    expect(
      messageEvidence('Ihre Karte wurde gesperrt. Sperrung aufheben.', remoteToolCatalog).check.flags.map(
        (f) => f.id,
      ),
    ).toContain('blocked');
    expect(catalogs.de['message.flag.blocked']).toContain('ein Konto oder eine Karte');
  });

  it('counts "blocked" and a blocked account as one warning when both read the same words', () => {
    // Both signs read "Sperrung Ihres Kontos"; two different warnings make a calm message a scam
    // by the rules alone, one asks for care.
    const rulesOnly = (text: string) =>
      messageDecision(messageEvidence(text, remoteToolCatalog), Number.NEGATIVE_INFINITY, {
        scam: Number.POSITIVE_INFINITY,
        careful: Number.POSITIVE_INFINITY,
      });
    const evidence = messageEvidence('Sperrung Ihres Kontos ab dem 12.03.2026.', remoteToolCatalog);
    expect(evidence.check.flags.map((f) => f.id)).toEqual(['blocked']);
    expect(evidence.phishing.map((f) => f.id)).toEqual(['account-blocked']);
    const once = rulesOnly('Sperrung Ihres Kontos ab dem 12.03.2026.');
    expect(once.verdict).toBe('careful');
    expect(once.redFlags.map((f) => f.id)).toEqual(['account-blocked']);
    // A second, different warning still makes it a scam.
    expect(rulesOnly('Ihre Karte wurde gesperrt. Bestätigen Sie Ihre Daten.').verdict).toBe('scam');
  });

  it('names a phone number next to another sign, and a number next to a company name is a scam', () => {
    const result = check('Your Amazon order was charged $499. For a refund call 1-888-404-0468.');
    expect(result.verdict).toBe('scam');
    expect(result.redFlags[0]).toMatchObject({ id: 'phone-with-brand', vars: { phone: '1-888-404-0468' } });
    const withThreat = check('Your account will be closed. Call 0161 496 0000.');
    expect(withThreat.redFlags.find((f) => f.id === 'phone-number')?.text).toBe(
      'It gives a number to call: 0161 496 0000. Do not call it. Use a number you already know.',
    );
  });

  it('finds look-alike links, and leaves the real sites alone', () => {
    expect(findLookAlikeLinks('Go to www.micros0ft-support.com now').map((l) => l.brand)).toEqual([
      'Microsoft',
    ]);
    expect(findLookAlikeLinks('Claim at https://amazon-refund.help/claim?id=7')).toMatchObject([
      { host: 'amazon-refund.help', brand: 'Amazon' },
    ]);
    expect(findLookAlikeLinks('paypa1.account-verify.net')).toMatchObject([{ brand: 'PayPal' }]);
    expect(
      findLookAlikeLinks('See support.microsoft.com, amazon.co.uk and www.apple.com. Amazon.Thanks'),
    ).toEqual([]);
    expect(findLookAlikeLinks('Run AnyDesk.exe')).toEqual([]);
    expect(check('Go to www.micros0ft-support.com to fix your PC').verdict).toBe('scam');
  });

  it('finds remote-access tools by name, by Windows name in each language, and by file name', () => {
    const names = (text: string) => findRemoteToolMentions(text, remoteToolCatalog).map((t) => t.name);
    expect(names('Open Team Viewer or Ultra Viewer')).toEqual(['TeamViewer', 'UltraViewer']);
    expect(names('Abra Asistencia rápida')).toEqual(['Quick Assist']);
    expect(names('Öffnen Sie die Remotehilfe')).toEqual(['Quick Assist']);
    expect(names('Download TeamViewerQS.exe')).toEqual(['TeamViewer']);
    expect(names('I will call you remotely, supremo')).toEqual([]);
    expect(check('Download TeamViewerQS.exe from the link').verdict).toBe('careful');
  });

  it('keeps the scam-text scorer signs for a fake warning', () => {
    const result = check(
      'MICROSOFT SECURITY ALERT: Your computer has been blocked due to a virus. Call Microsoft Support now at +1-833-864-4143. Do not close this window.',
    );
    expect(result.verdict).toBe('scam');
    expect(result.redFlags.map((f) => f.id)).toEqual(
      expect.arrayContaining(['phone-with-brand', 'blocked', 'do-not-close']),
    );
  });
});
