/**
 * What a scammer's message asks for, in English, Spanish and German, matched on folded text
 * (lower case, no accents: see `foldText` in shared/scam-text). Each signal is one thing a
 * person can be told in plain words (`message.flag.<id>`).
 *
 * Sources for each signal are beside it. The weights mean the same as the checklist's:
 * `certain` is a scam on its own, `warning` needs a second sign, `weak` only asks for care.
 */
export type MessageSignal =
  | 'gift-card'
  | 'crypto'
  | 'wire-transfer'
  | 'cash-courier'
  | 'remote-access'
  | 'payment-urgency'
  | 'threat'
  | 'secrecy'
  | 'bank-login'
  | 'refund';

export type SignalWeight = 'certain' | 'warning' | 'weak';

const join = (...parts: string[]): RegExp => new RegExp(parts.join('|'));

// A gift card alone is a present; buying one to pay, or reading out its numbers, is the scam.
const giftCard =
  '(?:gift|itunes|google play|apple|steam|amazon|ebay|walmart|target|vanilla|prepaid|reload)[ -]?cards?';
const tarjeta = '\\btarjetas? (?:de )?(?:regalo|prepago|google play|itunes|steam|amazon)\\b';
const karte =
  '\\b(?:gutschein|geschenk|guthaben|google[ -]play|itunes|steam|amazon|apple)[ -]?(?:karten?|codes?)\\b';
const valuables = '(?:cash|money|gold|cards?|savings)';

export const messageSignals: readonly {
  readonly id: MessageSignal;
  readonly weight: SignalWeight;
  readonly pattern: RegExp;
}[] = [
  // FTC: "Somebody who tells you to pay with a gift card, money transfer, or Bitcoin is a scammer.
  // Always." (https://consumer.ftc.gov/consumer-alerts/2020/09/how-can-you-spot-tech-support-scam)
  // AARP: "You're told to share the numbers on the back of the gift cards"
  // (https://abcactionnews.com/news/national/aarp-fraud-network-helps-avoid-gift-card-scams).
  {
    id: 'gift-card',
    weight: 'certain',
    pattern: join(
      `\\b(?:buy|purchase|pay(?: with| by| in)?|get|send (?:me|us)|read (?:me|us)|pick up)\\b[^.!?\\n]{0,40}${giftCard}`,
      `${giftCard}[^.!?\\n]{0,40}\\b(?:codes?|numbers?|pins?)\\b`,
      '\\bnumbers? (?:on|from) the back\\b|\\bscratch (?:off )?the (?:back|card)\\b|\\bpaysafe ?card\\b',
      `\\b(?:compre|comprar|pague|pagar|envie|enviar|leame|lea)\\b[^.!?\\n]{0,40}${tarjeta}|${tarjeta}[^.!?\\n]{0,40}\\b(?:codigos?|numeros?)\\b`,
      `\\b(?:kaufen|besorgen|bezahlen|zahlen|schicken|nennen|vorlesen)\\b[^.!?\\n]{0,40}${karte}|${karte}[^.!?\\n]{0,40}\\b(?:codes?|nummern?)\\b|${karte}[^.!?\\n]{0,40}\\b(?:kaufen|besorgen)\\b`,
    ),
  },
  // FTC, same page; FBI: the US government "will never request you send them money via ...
  // cryptocurrency" (Phantom Hacker warning, https://dpfcu.org/news/2023/10/09/beware-of-phantom-hacker-scam).
  {
    id: 'crypto',
    weight: 'certain',
    pattern: join(
      '\\b(?:bitcoins?|btc|crypto(?:currency|currencies)?|ethereum|usdt|tether|litecoin)\\b|\\bbitcoin (?:atm|machine)\\b',
      '\\bcripto(?:monedas?|divisas?)?\\b|\\bkrypto(?:wahrung(?:en)?|geld)?\\b|\\bcajero de bitcoin\\b',
    ),
  },
  // FTC: they "ask you to pay by wiring money ... or using a money transfer app"
  // (https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams). An honest
  // bill may ask for a bank transfer, so alone this is a warning.
  {
    id: 'wire-transfer',
    weight: 'warning',
    pattern: join(
      '\\bwire (?:transfer|the money|money|it)\\b|\\bwestern union\\b|\\bmoneygram\\b|\\bsend (?:a )?wire\\b',
      '\\bzelle\\b|\\bbank transfer\\b|\\btransfer (?:the|your) (?:money|funds|savings)\\b',
      '\\btransferencia(?: bancaria)?\\b|\\bgiro (?:postal|bancario)\\b|\\bbizum\\b',
      '\\buberweisung\\b|\\buberweisen\\b|\\bgeld (?:senden|schicken)\\b',
    ),
  },
  // Action Fraud: your bank or the police will never ask you to withdraw money to hand over, or
  // to move money to a "safe" account; couriers collect cash, cards and "gold (coins or bullion)"
  // (https://www.actionfraud.police.uk/beatthecourierfraudsters). FBI alert I-012924-PSA: couriers
  // collect cash and gold from victims of tech support scams.
  {
    id: 'cash-courier',
    weight: 'certain',
    pattern: join(
      `\\bcourier\\b[^.!?\\n]{0,60}\\b${valuables}\\b|\\b${valuables}\\b[^.!?\\n]{0,60}\\bcourier\\b`,
      '\\bgold (?:bars?|coins?|bullion)\\b|\\b(?:buy|purchase) gold\\b|\\bsafe account\\b|\\bsecure account\\b',
      '\\bwithdraw (?:the )?(?:cash|money)\\b[^.!?\\n]{0,60}\\b(?:hand|give|collect|pick)',
      '\\bmensajero\\b[^.!?\\n]{0,60}\\b(?:efectivo|dinero|oro|tarjetas?)\\b|\\blingotes?\\b|\\bcomprar oro\\b|\\bcuenta segura\\b|\\bretir(?:e|ar) (?:el )?(?:dinero|efectivo)\\b',
      '\\b(?:bargeld|geld|gold|karten?|ersparnisse)\\b[^.!?\\n]{0,50}\\b(?:abholen|abgeholt|bote|kurier)\\b',
      '\\bgoldbarren\\b|\\bgold kaufen\\b|\\bsicheres konto\\b|\\bbargeld abheben\\b',
    ),
  },
  // Action Fraud / City of London Police: never install software or grant remote access "as a
  // result of an unsolicited call, browser pop up, or text message"
  // (https://www.wired-gov.net/wg/news.nsf/articles/more+than+50+million+lost+to+remote+access+tool+scams+last+year+06042022141000).
  {
    id: 'remote-access',
    weight: 'warning',
    pattern: join(
      '\\bremote (?:access|control|support|session|connection)\\b|\\bconnect to your (?:computer|pc|device|laptop)\\b',
      '\\b(?:let|allow) (?:me|us) (?:in|into|access)\\b|\\baccess (?:to )?your (?:computer|pc|device)\\b',
      '\\bacceso remoto\\b|\\bconectar(?:me|nos)? (?:a|con) su (?:ordenador|equipo|computadora)\\b|\\bcontrol remoto\\b',
      '\\bfernzugriff\\b|\\bfernwartung\\b|\\bfernsteuerung\\b|\\bauf ihren (?:computer|rechner|pc) zugreifen\\b',
    ),
  },
  // FTC: "Scammers PRESSURE you to act immediately" (https://oig.ftc.gov/ftc-imposter-scams).
  {
    id: 'payment-urgency',
    weight: 'warning',
    pattern: join(
      '\\bpay(?:ment)?\\b[^.!?\\n]{0,40}\\b(?:now|immediately|today|within \\d+|right away|urgent(?:ly)?)\\b',
      '\\b(?:immediately|urgent(?:ly)?|today)\\b[^.!?\\n]{0,30}\\bpay(?:ment)?\\b',
      '\\b(?:pague|pagar|pago)\\b[^.!?\\n]{0,40}\\b(?:ahora|hoy|inmediatamente|urgente|de inmediato)\\b',
      '\\b(?:zahlen|bezahlen|zahlung)\\b[^.!?\\n]{0,40}\\b(?:sofort|heute|umgehend|dringend)\\b',
      '\\b(?:sofort|umgehend|dringend)\\b[^.!?\\n]{0,30}\\b(?:zahlen|bezahlen|zahlung)\\b',
    ),
  },
  // FTC: "They might threaten to arrest you, sue you ... They might say your computer is about to
  // be corrupted." (https://oig.ftc.gov/ftc-imposter-scams)
  {
    id: 'threat',
    weight: 'warning',
    pattern: join(
      '\\b(?:arrest(?:ed)?|warrant|lawsuit|sued|legal action|police will|jail|prison)\\b',
      '\\baccount (?:will be |has been |is )?(?:closed|locked|frozen|suspended|terminated|deleted)\\b',
      '\\b(?:detenid[oa]|detencion|orden de arresto|denuncia contra usted|carcel|cuenta (?:sera |ha sido )?(?:cerrada|bloqueada|suspendida|congelada))\\b',
      '\\b(?:verhaftet|verhaftung|haftbefehl|anzeige gegen sie|gefangnis|konto (?:wird |wurde )?(?:gesperrt|geschlossen|eingefroren))\\b',
    ),
  },
  // FTC: "They also might tell you to keep the conversation a secret from your friends and family."
  // (https://oig.ftc.gov/ftc-imposter-scams); police on courier fraud: victims are told "not to tell
  // any family, friends" nor trust bank staff (https://northamptonshiretalking.co.uk/Alerts/A/166504/Rise-in-Courier-Fraud-).
  {
    id: 'secrecy',
    weight: 'certain',
    pattern: join(
      "\\b(?:do not|don't|dont|never) (?:tell|inform|talk to|speak to|discuss)\\b[^.!?\\n]{0,30}\\b(?:anyone|anybody|family|bank|friends?|children|son|daughter|staff|teller)\\b",
      '\\bkeep (?:this|it) (?:a )?(?:secret|confidential|between us)\\b|\\b(?:strictly )?confidential investigation\\b',
      '\\bno (?:se lo )?(?:diga|cuente|comente)\\b[^.!?\\n]{0,30}\\b(?:nadie|familia|banco|amigos|hijos)\\b|\\bmantenga(?:lo)? en secreto\\b',
      '\\b(?:sagen|erzahlen) sie (?:niemandem|keinem)\\b|\\bgeheim halten\\b|\\bniemandem (?:davon )?erzahlen\\b',
    ),
  },
  // FBI Phantom Hacker: the fake technician has the victim "open their financial accounts"
  // (https://govtech.com/security/the-phantom-hacker-torments-residents-of-el-paso-texas); Take Five:
  // never disclose security details such as a PIN or full password
  // (https://sussex.police.uk/advice/protect-yourself-and-others/fraud/protect-yourself-from-fraud/).
  {
    id: 'bank-login',
    weight: 'warning',
    pattern: join(
      '\\blog ?(?:in|on)(?:to)? (?:to )?your (?:bank|online banking|account)\\b',
      '\\b(?:read|give|tell|send|share)(?: (?:me|us))? (?:the |your )?(?:code|pin|one[ -]time (?:code|password)|verification code|otp)\\b',
      '\\b(?:entre|acceda) (?:en|a) su (?:banco|banca)\\b|\\b(?:digame|deme|envieme|comparta) (?:el|su) (?:codigo|pin)\\b',
      '\\bmelden sie sich bei ihrer bank an\\b|\\b(?:nennen|geben|schicken) sie (?:mir |uns )?(?:den|die|ihre) (?:code|pin|tan)\\b',
    ),
  },
  // AARP: scammers "offer you a refund for some phony reason" (https://www.fox16.com/news/local-news/aarp-warns-about-tech-support-scams/).
  // Real shops send refunds too, so alone this only asks for care.
  {
    id: 'refund',
    weight: 'weak',
    pattern: join(
      '\\brefund(?:ed|s)?\\b|\\boverpa(?:id|yment)\\b|\\b(?:paid|sent) (?:you )?too much\\b',
      '\\breembolso\\b|\\bdevolucion\\b|\\bdemasiado dinero\\b',
      '\\b(?:ruck)?erstattung\\b|\\bzu viel (?:geld|uberwiesen)\\b',
    ),
  },
];
