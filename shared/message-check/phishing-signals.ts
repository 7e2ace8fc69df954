/**
 * What phishing e-mails and SMS say, in English, Spanish, German, French, Italian and Portuguese,
 * matched on folded text (lower case, no accents: see `foldText`): an account or card "blocked",
 * a link to "confirm your details", "if this was not you, call", a parcel fee, "Mum, this is my
 * new number". Each is one thing a person can be told (`message.flag.<id>`).
 *
 * They came after the first message checker (message-signals.ts) and feed the trained message
 * detector and the red flags a person reads, never the hand-set verdict (hand-set-check.ts).
 * Sources: the FTC on phishing ("They may say they've noticed some suspicious activity … claim
 * there's a problem with your account … include an invoice you don't recognize … say you must
 * confirm some personal or financial information", https://consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams);
 * the FTC on fake delivery texts (https://consumer.ftc.gov/consumer-alerts/2024/12/got-text-about-package-delivery-its-probably-scam);
 * police warnings on "Hallo Mama" messages (corpus, tests/fixtures/scam-text/).
 */
import type { SignalWeight } from './message-signals';

export type PhishingSignal =
  | 'account-blocked'
  | 'verify-link'
  | 'not-you'
  | 'charge'
  | 'odd-activity'
  | 'press-key'
  | 'caller-claims'
  | 'id-misuse'
  | 'fine'
  | 'parcel-fee'
  | 'new-number'
  | 'expiry'
  | 'security-update'
  | 'link';

const join = (...parts: string[]): RegExp => new RegExp(parts.join('|'));

export const phishingSignals: readonly {
  readonly id: PhishingSignal;
  readonly weight: SignalWeight;
  readonly pattern: RegExp;
}[] = [
  // "Your card is blocked", and the threat of it: "we will have to lock your account", "können Sie
  // Ihr Konto nicht mehr nutzen", "no podrá utilizar su tarjeta".
  {
    id: 'account-blocked',
    weight: 'warning',
    pattern: join(
      '\\b(?:account|card|access|online banking|apple-? ?id)\\b[^.!?\\n]{0,40}\\b(?:blocked|locked|suspended|limited|restricted|disabled|deactivated|on hold|frozen)\\b|\\baccount\\.? ?locked\\b|\\b(?:debit|card|account) locked\\b|\\blocking your account\\b|\\bwe (?:have |had |will |may |might )?(?:to )?(?:locked|suspended|limited|restricted|blocked|lock|suspend|limit|restrict|block) your (?:account|card|access)\\b|\\b(?:(?:no longer|not) be able to|can (?:no longer|not)) (?:use|access) your (?:\\w+ )?(?:account|card)\\b|\\b(?:restricted|suspended|limited) access to your (?:\\w+ )?account\\b|\\bto avoid (?:service|account) (?:restrictions?|suspension|interruption)\\b',
      '\\b(?:konto|karte|zugang|online-?banking|nutzerkonto|kundenkonto|apple-id)\\b[^.!?\\n]{0,40}\\b(?:gesperrt|eingeschrankt|deaktiviert|blockiert)\\b|\\bkontosperrung\\b|\\b(?:wurde|wird|ist)\\b[^.!?\\n]{0,60}\\b(?:eingeschrankt|gesperrt|deaktiviert)\\b|\\bsonst verlieren sie den zugang\\b|\\bum (?:eine|die) sperr(?:e|ung)\\b[^.!?\\n]{0,40}\\bzu vermeiden\\b|\\bsperrung (?:ihres|des|deines) (?:\\w+ )?(?:kontos|zugangs|anschlusses|accounts)\\b|\\b(?:mussen|werden) wir\\b[^.!?\\n]{0,40}\\b(?:konto|konten|benutzerkonten|zugang|karte)\\b[^.!?\\n]{0,30}\\b(?:sperren|einschranken|eingrenzen|einzugrenzen|schliessen|deaktivieren)\\b|\\b(?:konto|karte|zugang)\\b[^.!?\\n]{0,20}\\bnicht mehr (?:nutzen|verwenden)\\b|\\b(?:abschluss|schliessung) ihres (?:\\w+-?)?kontos\\b',
      '\\b(?:cuenta|tarjeta|acceso|banca|id de apple)\\b[^.!?\\n]{0,40}\\b(?:bloquead[oa]|suspendid[oa]|limitad[oa]|restringid[oa]|desactivad[oa]|eliminad[oa])\\b|\\bhemos (?:bloqueado|suspendido|limitado|restringido) (?:su|tu) (?:cuenta|tarjeta|acceso)\\b|\\bno (?:puede|podra|puedes|podras) (?:utilizar|usar|acceder a) (?:su|tu) (?:tarjeta|cuenta)\\b|\\b(?:limitar|bloquear|suspender|restringir) (?:su|tu) (?:acceso|cuenta|tarjeta)\\b',
      '\\b(?:compte|carte|acces)\\b[^.!?\\n]{0,60}\\b(?:bloquee?|suspendue?|limitee?|restreinte?|desactivee?)\\b',
      '\\b(?:conto|carta|accesso|utenza|profilo)\\b[^.!?\\n]{0,40}\\b(?:bloccat[oaie]|sospes[oaie]|limitat[oaie]|disattivat[oaie])\\b|\\bha (?:limitato|bloccato|sospeso) (?:la sua|il suo|la tua|il tuo) (?:carta|conto|accesso)\\b|\\bnon potra piu (?:effettuare|accedere|utilizzare)\\b|\\bha sospeso il suo conto\\b|\\b(?:sospendere|sospensione|revoca)\\b[^.!?\\n]{0,40}\\b(?:servizi|conto|carta|benefici|profilo|utenze|operazioni)\\b|\\bevitare la (?:sospensione|revoca)\\b|\\b(?:evitare la )?disattivazione del (?:sito|servizio|conto|dominio)\\b|\\bnome di dominio e stato scad',
      '\\b(?:conta|cartao|acesso)\\b[^.!?\\n]{0,40}\\b(?:bloquead[oa]|suspens[oa]|limitad[oa]|desativad[oa])\\b|\\bevitar (?:o|a) (?:corte|cancelamento|suspensao|bloqueio)\\b|\\b(?:evitar a )?suspensao d[ao] (?:sua |seu )?(?:conta|cartao|acesso|servico|eletricidade|fornecimento)\\b',
    ),
  },
  {
    id: 'verify-link',
    weight: 'warning',
    pattern: join(
      '\\b(?:verify|confirm|update|validate|reactivate|unlock)\\b[^.!?\\n]{0,40}\\b(?:account|identity|details|information|payment|card|phone number)\\b|\\bplease (?:verify|log ?in|sign ?in) (?:at|here|now)\\b',
      '\\b(?:click|tap|follow)\\b[^.!?\\n]{0,15}\\b(?:here|link|below|button)\\b',
      '\\b(?:verifizieren|bestatigen|aktualisieren|freischalten|entsperren|uberprufen|verlangern|erneuern)\\b[^.!?\\n]{0,60}\\b(?:daten|identitat|konto|zugang|karte|informationen|telefonnummer|apple id|(?:push|photo|s-push)?tan\\w*)\\b|\\b(?:daten|informationen|telefonnummer|konto|identitat|tan-verfahren|pushtan|registrierung)\\b[^.!?\\n]{0,60}\\b(?:verifizieren|bestatigen|aktualisieren|uberprufen|verlangern|erneuern|abzuschliessen)\\b|\\bverifizieren sie sich\\b|\\b(?:sie|dich) (?:erneut |neu )?(?:verifizieren|legitimieren)\\b|\\b(?:sicherheitsuberprufung|kontoprufung|kontouberprufung|verifizierung)\\b[^.!?\\n]{0,30}\\b(?:erforderlich|notwendig)\\b|\\b(?:klicken|tippen) sie\\b|\\b(?:folgenden|diesen) link\\b|\\bloggen sie sich (?:ein|hier)\\b|\\beinloggen\\b',
      '\\b(?:verifique|verificar|verifica|confirme|confirmar|confirma|actualice|actualizar|reactivar|desbloquear)\\b[^.!?\\n]{0,40}\\b(?:cuenta|identidad|datos|informacion|tarjeta|expediente|liquidacion|pago)\\b|\\b(?:haga clic|pulse|pinche|acceda)\\b[^.!?\\n]{0,20}\\b(?:aqui|enlace|link)\\b|\\b(?:a traves de|en) (?:este|el siguiente) enlace\\b',
      '\\b(?:verifiez|verifier|confirmez|confirmer|mettre a jour|mettez a jour|reactiver)\\b[^.!?\\n]{0,40}\\b(?:compte|identite|donnees|informations|carte)\\b|\\bcliquez\\b',
      '\\b(?:verifica|verificare|conferma|confermare|aggiorna|aggiornare|riattiva|riattivare|sblocca)\\b[^.!?\\n]{0,40}\\b(?:conto|identita|dati|carta)\\b|\\b(?:clicca|accedi) (?:qui|al link|sul link)\\b|\\bla preghiamo di verificare\\b',
      '\\b(?:verifique|verificar|confirme|confirmar|atualize|atualizar|reative|desbloquear|valide|validar)\\b[^.!?\\n]{0,40}\\b(?:conta|identidade|dados|cartao|telemovel)\\b|\\b(?:clique|aceda|acesse) (?:aqui|no link|ao link)\\b',
    ),
  },
  {
    id: 'not-you',
    weight: 'warning',
    pattern: join(
      "\\bif (?:this|it) (?:was not|wasn't|is not|isn't) you\\b|\\bif you (?:did not|didn't|do not|don't) (?:make|authori[sz]e|recogni[sz]e|request|place)\\b|\\bnot you\\?|\\bif (?:it|this) (?:is|was) not authori[sz]ed?\\b|\\bnot (?:made|done|authori[sz]ed) by you\\b|\\bif you do not\\b[^.!?\\n]{0,30}\\b(?:call|contact)\\b",
      '\\b(?:falls|wenn) (?:sie|du) (?:das|dies)(?: \\w+)? nicht (?:waren|warst|veranlasst|durchgefuhrt|autorisiert)\\b|\\bnicht von ihnen\\b|\\bwenn sie (?:diese|die) \\w+ nicht (?:erkennen|kennen)\\b',
      '\\bsi no (?:ha sido usted|has sido tu|fue usted|fuiste tu|reconoce|reconoces|la ha realizado|lo reconoce|es usted|lo ha autorizado)\\b|\\bno (?:fuiste tu|fue usted)\\?|\\bsi usted no (?:ha realizado|reconoce|autorizo)\\b|\\bsi no esta (?:conforme|de acuerdo)\\b',
      "\\bsi (?:vous n'etes pas a l'origine|ce n'est pas vous|vous ne reconnaissez pas)\\b",
      '\\bse non (?:sei stato tu|sei tu|e lei|e stato lei|riconosci|hai effettuato)\\b|\\bse disconosc[ei]\\b|\\b(?:pagamento|operazione|addebito|accesso|transazione)\\b(?:[^.!?\\n]|\\.(?=\\d)){0,30}\\bnon riconosciut[oa]\\b|\\bnel caso si tratti di una violazione\\b',
      '\\bse nao (?:foi voce|reconhece|efetuou|fez esta|realizou)\\b|\\bcaso (?:desconheca|nao reconheca)\\b',
    ),
  },
  // "Your card was charged $552.67 for …", "an order has been placed on your name": a charge the
  // person never made, so they call the number or tap the link to "cancel" it (FTC: "include an
  // invoice you don't recognize").
  {
    id: 'charge',
    weight: 'warning',
    pattern: join(
      '\\b(?:card|account) (?:has been |was |is )?(?:charged|debited|billed)\\b|\\bcharged (?:with |for )?[$\\u00a3\\u20ac]?\\d|\\b(?:a |the )?payment of [$\\u00a3\\u20ac]?\\d[^.!?\\n]{0,40}\\b(?:initiated|made|sent|authori[sz]ed)\\b|\\b(?:unauthori[sz]ed|possible) (?:charge|transaction|payment|purchase)|\\btransaction attempt\\b|\\border (?:has been |was )?placed on your (?:name|account)\\b|\\bpre-?authori[sz]ed order\\b|\\bis being ordered from your\\b|\\brecent order\\b[^.!?\\n]{0,60}\\bon your (?:account|card)\\b',
      '\\b(?:konto|karte)\\b[^.!?\\n]{0,20}\\b(?:wurde|wird)\\b[^.!?\\n]{0,40}\\bbelastet\\b|\\bnicht autorisierte (?:transaktion|zahlung|abbuchung|belastung)\\b|\\bzahlung (?:uber|von) [$\\u20ac]?\\d[^.!?\\n]{0,40}\\bveranlasst\\b|\\bbestellung\\b[^.!?\\n]{0,80}\\bin ihrem konto\\b',
      '\\bse ha (?:cargado|deducido|iniciado un pago|realizado un cargo)\\b|\\b(?:cargo|compra)\\b[^.!?\\n]{0,60}\\b(?:aprobad[oa]|retenid[oa]|autorizad[oa])\\b|\\bse ha retenido un cargo\\b|\\bnotifica (?:movimiento|compra|cargo)\\b|\\bcargo no autorizado\\b|\\b(?:compra|transaccion|operacion) no autorizada\\b|\\bpedido\\b[^.!?\\n]{0,80}\\ben su cuenta\\b',
      '\\b(?:prelevements?|paiements?|achats?|transactions?|debits?) (?:non autorise|suspect)\\w*\\b|\\ba ete debite\\b',
      '\\bconferma disposizione\\b|\\b(?:confermato|eseguito|disposto) (?:un )?(?:addebito|bonifico|pagamento)\\b|\\bbonifico\\b[^.!?\\n]{0,60}\\b(?:revocato|stornato)\\b|\\bacquisto online di euro\\b|\\b(?:addebito|pagamento|bonifico|transazione) (?:non autorizzat[oa]|sospett[oa])\\b',
      '\\b(?:compra|transacao|pagamento) (?:nao autorizad[oa]|suspeit[oa])\\b|\\bfoi debitad[oa]\\b',
    ),
  },
  // "We noticed unusual activity", "your account was accessed from an unauthorised computer": the
  // FTC's "they may say they've noticed some suspicious activity".
  {
    id: 'odd-activity',
    weight: 'warning',
    pattern: join(
      '\\b(?:suspicious|unusual|unauthori[sz]ed|fraudulent|irregular) (?:activit(?:y|ies)|sign-?in|log-?in|access)\\b|\\bunauthori[sz]ed (?:computer|device)\\b',
      '\\b(?:verdachtige|ungewohnliche|unregelmassige|betrugerische) aktivitat(?:en)?\\b|\\bnicht autorisierten (?:computer|gerat)\\b|\\bverdachtiger aktivitaten\\b|\\bungewohnliche kontobewegungen\\b',
      '\\bactividad (?:fraudulenta|sospechosa|inusual|irregular)\\b|\\binicio de sesion (?:anormal|sospechoso|inusual)\\b|\\bnuevo dispositivo\\b|\\b(?:acceso|dispositivo|inicio de sesion|ingreso)s? no autorizad[oa]s?\\b',
      '\\bactivite (?:suspecte|inhabituelle|frauduleuse)\\b|\\bconnexion (?:suspecte|inhabituelle)\\b',
      '\\b(?:accesso|attivita) (?:anomal[oa]|sospett[oa]|insolit[oa]|fraudolent[oa])\\b|\\baccessi non autorizzati\\b|\\bnuovo dispositivo\\b',
      '\\b(?:atividade|acesso) (?:suspeit[oa]|incomum|invulgar|fraudulent[oa])\\b|\\bnovo dispositivo\\b',
    ),
  },
  // A recorded call: "Press 1 to speak with our representative". Real banks and agencies do not
  // ring people with a menu that leads to "support" (FTC robocalls, https://consumer.ftc.gov/articles/robocalls).
  {
    id: 'press-key',
    weight: 'warning',
    pattern: join(
      '\\bpress (?:1|one|2|two|9|nine)\\b',
      '\\bdrucken sie (?:die )?(?:1|eins|2|zwei|9|neun)\\b',
      '\\b(?:pulse|presione|marque) (?:el )?(?:1|uno|2|dos|9|nueve)\\b',
      '\\b(?:appuyez sur|tapez) (?:la touche )?(?:1|un|2|deux|9|neuf)\\b',
      '\\b(?:premi|prema|digita) (?:il tasto )?(?:1|uno|2|due|9|nove)\\b',
      '\\b(?:prima|pressione|marque) (?:a tecla )?(?:1|um|2|dois|9|nove)\\b',
    ),
  },
  // "Hello, this call is from Microsoft Help Center", "le llamamos de su banco", "lavoro per il
  // servizio antifrode della sua banca": the caller says where they are from. A company does not
  // ring out of the blue about a problem on your computer or in your account (FTC, tech-support
  // scams: https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams).
  {
    id: 'caller-claims',
    weight: 'warning',
    pattern: join(
      "\\b(?:this (?:call|message) is (?:from|on behalf of)|(?:i am|i'm|we are|we're) calling (?:you )?(?:from|on behalf of)|(?:this is|my name is) \\w+(?: \\w+)?,? (?:and )?(?:i am |i'm )?(?:calling )?from) (?:the |your )?(?:microsoft|windows|apple|amazon|paypal|\\w+ ?bank|(?:\\w+ )?(?:technical|tech|customer) support|(?:fraud|security|billing|legal) (?:department|team)|help ?(?:desk|center)|social security|federal|irs|police)\\b",
      // "This is Amazon Pay customer service calling about …"
      "\\b(?:this is|it's|it is) (?:[\\w&'-]+ ){1,3}?(?:customer service|customer support|customer care|support team|billing (?:department|team)|fraud (?:department|team|prevention)|security (?:department|team)) calling\\b",
      '\\b(?:esta llamada es del?|(?:le|te|les) (?:llamo|llamamos|hablo|hablamos) (?:de|desde|en nombre de)|(?:llamo|llamamos) de parte de|le habla \\w+ de)\\b',
      '\\b(?:dieser anruf (?:kommt |ist |stammt )?(?:von|vom|im auftrag)|(?:ich rufe|wir rufen) (?:sie |dich )?(?:von|vom|im auftrag|aus dem)|hier (?:ist|spricht) \\w+(?: \\w+)? (?:von|vom) (?:microsoft|windows|apple|amazon|der|ihrer)|ich bin (?:ein |eine )?(?:mitarbeiter\\w*|techniker\\w*) (?:von|vom|bei))\\b',
      '\\b(?:(?:je vous|nous vous) (?:appelle|appelons) (?:de|du|de la part de)|cet appel (?:provient|vient) de)\\b',
      '\\b(?:(?:la|ti|vi|le) (?:chiamo|chiamiamo) (?:da|dal|dalla|dallo|per conto)|questa chiamata (?:e|proviene) da|lavoro (?:per|presso) (?:il|la|lo) (?:servizio|ufficio|microsoft|banca|sua banca))',
      '\\b(?:(?:estou|estamos) (?:a )?lig(?:ar|ando) (?:da|do|de)|esta chamada e d[aoe]|falo d[ao] (?:microsoft|banco|apoio|suporte))\\b',
    ),
  },
  // "Your social security number has been suspended", "your identity card number is in misuse":
  // the fake-police and fake-agency call (FTC, https://consumer.ftc.gov/articles/government-imposter-scams).
  {
    id: 'id-misuse',
    weight: 'warning',
    pattern: join(
      '\\b(?:social security|identity card|id card|passport|tax) (?:number|card)?\\b[^.!?\\n]{0,80}\\b(?:suspend\\w*|misuse\\w*|compromised|used for|fraud\\w*|illegal)\\b|\\bsuspend your social security\\b',
      '\\b(?:personalausweis|ausweis|steuer-?id|sozialversicherungsnummer)\\b[^.!?\\n]{0,80}\\b(?:missbrauch\\w*|gesperrt|verwendet)\\b',
      '\\b(?:dni|documento de identidad|numero de la seguridad social|pasaporte)\\b[^.!?\\n]{0,80}\\b(?:suspendid[oa]|uso indebido|utilizad[oa]|fraude)\\b',
      "\\b(?:carte d'identite|numero de securite sociale|passeport)\\b[^.!?\\n]{0,80}\\b(?:suspendu|utilise|usurpe|fraude)\\b",
      "\\b(?:carta d'identita|codice fiscale|passaporto)\\b[^.!?\\n]{0,80}\\b(?:sospes[oa]|utilizzat[oa]|frode)\\b",
      '\\b(?:cartao de cidadao|numero de contribuinte|passaporte)\\b[^.!?\\n]{0,80}\\b(?:suspens[oa]|utilizad[oa]|fraude)\\b',
    ),
  },
  // A fine or a refund to be paid or claimed through a link: "DGT multa … paga", "vous avez un
  // remboursement de 642 euros https://…" (corpus; the Spanish DGT and French CPAM warn of both).
  {
    id: 'fine',
    weight: 'warning',
    pattern: join(
      '\\b(?:fine|penalty|toll|refund)\\b[^\\n]{0,120}(?:https?://|\\bwww\\.|\\bclaim\\b|\\bpay (?:now|today|at)\\b)',
      '\\b(?:bussgeld|strafzettel|mautgebuhr|ruckerstattung|erstattung|auszahlung|betrag von)\\b[^\\n]{0,120}(?:https?://|\\bwww\\.|\\blink\\b)',
      '\\b(?:multa|sancion|peaje|reembolso|devolucion)\\b[^\\n]{0,120}(?:https?://|\\bwww\\.|\\benlace\\b|\\bpaga\\b|\\bformulario\\b)',
      '\\b(?:amende|contravention|peage|remboursement|infraction|majoration)\\b[^\\n]{0,160}(?:https?://|\\bwww\\.|\\blien\\b|\\bregularise[rz]\\b|\\breglement\\b)|\\b(?:admissible|eligible) a recevoir un remboursement\\b|\\btrop-?percu\\b|\\b(?:amende|infraction|contravention)\\b[^.!?\\n]{0,60}\\b(?:impayee|en attente de reglement)\\b|\\bretard de paiement\\b',
      '\\b(?:multa|contravvenzione|pedaggio|rimborso)\\b[^\\n]{0,120}(?:https?://|\\bwww\\.|\\blink\\b)|\\b(?:pedaggio|pedaggi|multa|multe|contravvenzion[ei])\\b[^.!?\\n]{0,60}\\b(?:non (?:pagat|saldat)\\w*|da pagare|scadut\\w*)\\b|\\bdiritto al (?:parziale )?rimborso\\b',
      '\\b(?:multa|coima|portagem|reembolso)\\b[^\\n]{0,120}(?:https?://|\\bwww\\.|\\blink\\b|\\bclique\\b)|\\b(?:dividas?|valor em atraso|taxas pendentes)\\b[^\\n]{0,80}\\b(?:pague|pagar|cobranca|execucao|regulariza\\w*)\\b|\\bdireito a um reembolso\\b',
    ),
  },
  {
    id: 'parcel-fee',
    weight: 'warning',
    pattern: join(
      '\\b(?:package|parcel|delivery|shipment)\\b[^\\n]{0,80}\\b(?:fee|fees|customs|duty|held|on hold|could not be delivered|undeliverable|house number|redelivery|delivered twice)\\b|\\b(?:customs|shipping) fees?\\b[^\\n]{0,40}\\bpackage\\b',
      '\\b(?:paket|sendung|lieferung|zustellung)\\b[^\\n]{0,80}\\b(?:zoll\\w*|gebuhr\\w*|nicht zugestellt|zuruckgestellt|hausnummer|unterbrochen)\\b',
      '\\b(?:paquete|envio|entrega)\\b[^\\n]{0,80}\\b(?:tasas?|aduanas?|no (?:se )?ha podido|retenid[oa]|gastos de envio|numero de (?:casa|portal)|esperando la entrega|liquidacion|(?:ha sido |ha quedado |se ha )?(?:suspendid[oa]|pausad[oa])|no tiene numero|falta un numero|(?:direccion|informacion)[^.!?\\n]{0,40}incomplet[oa])\\b',
      '\\b(?:colis|livraison)\\b[^\\n]{0,80}\\b(?:frais|douane|pas pu|boite aux lettres|creneau)\\b',
      "\\b(?:pacco|spedizione|consegna)\\b[^\\n]{0,80}\\b(?:dogana\\w*|tass[ae]|spese di spedizione|giacenza|trattenut[oa]|non e'? stato consegnat[oa]|indirizzo non valido|da consegnare)\\b|\\bnon siamo (?:in grado|riusciti) (?:di |a )?consegnare\\b",
      '\\b(?:encomenda|pacote|envio|entrega|pedido)\\b[^\\n]{0,80}\\b(?:taxas?|alfandeg\\w*|portes|retid[oa]|barrad[oa]|fiscalizacao|nao foi possivel|guardad[oa]|armazem)\\b|\\bdesalfandegamento\\b|\\bpagar os portes\\b',
    ),
  },
  {
    id: 'new-number',
    weight: 'warning',
    pattern: join(
      '\\b(?:mum|mom|dad|mother|father|grandma|grandpa)\\b[^\\n]{0,160}\\b(?:new (?:phone )?number|phone (?:is|was) (?:broken|lost)|lost my phone|changed (?:my )?(?:provider|phone|number)|temporary number)\\b',
      '\\b(?:mama|papa|mutti|oma|opa)\\b[^\\n]{0,160}\\b(?:neue(?:n)? nummer|handy (?:ist )?(?:kaputt|defekt)|neues handy|diese nummer (?:ein)?speichern|alte (?:nummer|handynummer) loschen|handy in der waschmaschine)\\b|\\b(?:meine|die) alte nummer loschen\\b',
      '\\b(?:mama|papa|abuela|abuelo)\\b[^\\n]{0,160}\\b(?:nuevo numero|numero nuevo|(?:movil|telefono) (?:esta |se ha |se )?(?:roto|estropeado|rompio))\\b|\\bse me (?:ha )?roto\\b',
      '\\b(?:maman|papa|mamie|papi)\\b[^\\n]{0,160}\\b(?:nouveau numero|telephone (?:est )?casse)\\b',
      '\\b(?:mamma|papa|nonna|nonno)\\b[^\\n]{0,160}\\b(?:nuovo numero|numero temporaneo|(?:telefono|cellulare) (?:si e |e )?rotto|perso il telefono|cambiato numero)\\b',
      '\\b(?:mae|pai|avo)\\b[^\\n]{0,160}\\b(?:novo numero|numero novo|este numero|(?:telemovel|celular|telefone) (?:caiu|(?:esta )?(?:avariado|partido|quebrado)))\\b',
    ),
  },
  // "Ihr MeinELBA Zugang läuft bald ab. Jetzt erneuern unter …", "Ihre TAN-Anmeldung läuft am
  // 13.08.2024 ab", "tu factura está vencida": access, a password, an app or a bill that "runs out"
  // unless the person acts now, the pretext of much bank phishing (corpus; Watchlist Internet,
  // https://www.watchlist-internet.at/). The screen finders' `expired` sign (more-phrases.ts) is
  // the scareware's "your antivirus has expired"; this is the message's red flag.
  {
    id: 'expiry',
    weight: 'warning',
    pattern: join(
      '\\b(?:account|access|password|registration|app|card|subscription|membership|mailbox|apple id|certificate)\\b[^.!?\\n]{0,40}\\b(?:expires?|will expire|has expired|is expiring|expiring)\\b',
      '\\b(?:zugang|registrierung|passwort|konto|app|app-banking|karte|tan-?\\w*|pushtan|zertifikat|legitimation|sicherheitsverfahren|freischaltung|apple-id|mailbox|postfach)\\b[^.!?\\n]{0,60}\\blauf(?:t|en)\\b(?:[^.!?\\n]|\\.(?=\\d)){0,40}\\bab\\b|\\b(?:zugang|registrierung|passwort|konto|karte|simkarte|sim-karte|id|tan-?\\w*|pushtan|sicherheitsverfahren|freischaltung|apple-id)\\b[^.!?\\n]{0,60}\\b(?:ablauft|ablaufen|auslauft|auslaufen)\\b|\\b(?:zugang|registrierung|passwort|konto|simkarte|sim-karte|sicherheitsverfahren|freischaltung)\\b[^.!?\\n]{0,30}\\blauf(?:t|en)\\b(?:[^.!?\\n]|\\.(?=\\d)){0,30}\\baus\\b|\\b(?:nach|vor) ablauf der frist\\b|\\b(?:apple-id|konto|zugang)\\b[^.!?\\n]{0,40}\\bverfall\\w*\\b',
      '\\b(?:cuenta|acceso|contrasena|tarjeta|suscripcion|registro|clave|factura)\\b[^.!?\\n]{0,40}\\b(?:caduca|caducara|ha caducado|vence|vencera|ha vencido|esta vencida|expira|expirara|ha expirado|expiro)\\b|\\b(?:multa|recibo|puntos)\\b[^.!?\\n]{0,40}\\b(?:esta vencid[oa]|venceran|vencen)\\b',
      '\\b(?:compte|acces|mot de passe|carte|abonnement|inscription)\\b[^.!?\\n]{0,40}\\b(?:expire|expirera|va expirer|a expire|arrive a expiration|arrive a echeance)\\b|\\bexpiration de (?:votre|ta) (?:carte|compte|acces|abonnement|solde)\\b',
      '\\b(?:conto|accesso|password|carta|abbonamento|registrazione)\\b[^.!?\\n]{0,40}\\b(?:scade|scadra|e scadut[oa]|in scadenza)\\b',
      '\\b(?:conta|acesso|senha|cartao|assinatura|registo|registro)\\b[^.!?\\n]{0,40}\\b(?:expira|expirou|vai expirar|caduca|vence|venceu)\\b',
    ),
  },
  // "A partir de ahora, no podrá utilizar su tarjeta, tiene que actualizar el nuevo sistema de
  // seguridad", "Aktivieren Sie jetzt das neue Sicherheitssystem", "Su tarjeta sanitaria requiere
  // una actualización … para mantener sus servicios": something new to activate or update to keep
  // using an account, a card or a service (corpus; Watchlist Internet on "neues Sicherheitssystem").
  {
    id: 'security-update',
    weight: 'warning',
    pattern: join(
      '\\bsecurity update (?:is )?required\\b|\\bto (?:continue|keep) (?:using|enjoying) (?:your|our)\\b|\\bnew security (?:system|app|procedure)\\b',
      '\\bdamit sie\\b[^.!?\\n]{0,30}\\bweiterhin\\b[^.!?\\n]{0,40}\\b(?:nutzen|verwenden)\\b|\\bneue(?:s|n)? sicherheits(?:system|app|verfahren|update)\\b|\\bsicherheitsumstellung\\b',
      '\\b(?:requiere|necesita) (?:una )?actualizacion\\b|\\bpara (?:mantener|seguir (?:utilizando|usando|disfrutando|beneficiandose de)) (?:sus|tus|su|tu) (?:servicios|cuenta|beneficios|derechos|tarjeta)\\b|\\b(?:nuevo|nueva) (?:sistema|aplicacion|app) de seguridad\\b',
      '\\bnouveau systeme de securite\\b|\\b(?:pour|afin de) continuer a (?:utiliser|beneficier|etre couvert)\\b',
      '\\bnuovo sistema di sicurezza\\b|\\bper continuare (?:a|ad) (?:utilizzare|usare)\\b',
      '\\bnovo sistema de seguranca\\b|\\bdispositivo de seguranca\\b[^.!?\\n]{0,30}\\b(?:desabilitado|desativado|expirado)\\b|\\bpara continuar a (?:utilizar|usar)\\b',
    ),
  },
  // A link to tap is how most phishing texts end; a real message has one too, so alone it asks for care.
  {
    id: 'link',
    weight: 'weak',
    pattern:
      /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|info|xyz|top|online|site|help|app|ly|me|es|de|fr|it|pt|uk|co)\/\S/,
  },
];
