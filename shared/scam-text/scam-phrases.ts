/**
 * The phrases fake warnings use, in English, Spanish, German and French, matched on folded text
 * (lower case, no accents: see `foldText`). Each signal is one thing a person can be told
 * ("It says your computer is blocked"). The wording comes from the scam pages and the write-ups
 * quoting them in tests/fixtures/scam-text (its README lists the sources), and from Microsoft's
 * description of these pages (MicrosoftDocs/windows-itpro-docs,
 * windows/security/threat-protection/intelligence/support-scams.md).
 */

export type PhraseSignal =
  | 'blocked'
  | 'infected'
  | 'hacked'
  | 'dataTheft'
  | 'adultContent'
  | 'callNow'
  | 'doNotClose'
  | 'errorCode'
  | 'countdown'
  | 'urgent'
  | 'fakeSupport'
  | 'expired'
  | 'alarm'
  | 'deviceClaim'
  | 'fakeScan'
  | 'fakeCharge'
  | 'accused';

const join = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'g');

const device =
  '(?:computer|pc|device|system|laptop|mac|browser|windows|access|ordenador|equipo|computadora|dispositivo|' +
  'navegador|sistema|acceso|rechner|gerat|zugang|zugriff|browser|ordinateur|appareil|acces|systeme|navigateur|' +
  'iphone|ipad)';

/** Up to three words between "your computer is" and "blocked", but never a "not". */
const filler =
  "(?:(?!not\\b|no\\b|nicht\\b|kein\\w*\\b|never\\b|nunca\\b|pas\\b|jamais\\b)[\\w/'-]+\\s+){0,3}?";

/** "your computer", "this PC", "su ordenador", "Ihr Rechner", "votre ordinateur": the page talks to the reader. */
const yourDevice =
  '(?:(?:your|this|the) (?:computer|pc|device|system|laptop|mac|iphone|windows|browser)|' +
  '(?:su|tu|este) (?:ordenador|equipo|computadora|pc|dispositivo|sistema|iphone)|' +
  '(?:ihr|dein|dieser|diesen|diesem|ihren|deinen) (?:computer|pc|rechner|gerat|system|iphone)|' +
  '(?:votre|ton|cet) (?:ordinateur|pc|appareil|systeme))';

export const phrasePatterns: Readonly<Record<PhraseSignal, RegExp>> = {
  blocked: join(
    `\\b${device}[^.!\\n]{0,40}\\b(?:blocked|locked|suspended|disabled)\\b`,
    '\\b(?:ha|han|hat) (?:bloqueado|gesperrt|blockiert)\\b|\\b(?:blocked|locked) for security reasons|\\bhas (?:blocked|locked|disabled) (?:your|this)\\b',
    `\\b${device}[^.!\\n]{0,40}\\b(?:bloquead[oa]s?|suspendid[oa]|deshabilitad[oa]|desactivad[oa]|inhabilitad[oa]|gesperrt|blockiert|deaktiviert|bloquee?s?|verrouillee?s?|suspendue?)\\b`,
    '\\bsperrung\\b|\\bbloqueo\\b|\\bblocage\\b',
  ),
  infected: join(
    '\\b(?:infected|infection|virus(?:es)?|malware|spyware|trojan\\w*|adware|ransomware|keylogger|rootkit|worm)\\b',
    '\\bthreats? (?:detected|found)\\b',
    '\\b(?:infectad[oa]s?|infeccion|virus|programa espia|troyano)\\b',
    '\\b(?:infiziert|infektion|viren|virus|trojan\\w*|schadsoftware|spionage-?software)\\b',
    '\\b(?:infecte|infection|virus|logiciel espion|cheval de troie)\\b',
  ),
  hacked: join(
    '\\b(?:hacked|compromised|hackers?|hijacked|breach|stolen)\\b',
    '\\b(?:hackead[oa]|comprometid[oa]s?|piratead[oa]|hackers?|robad[oa]s?)\\b',
    '\\b(?:gehackt|kompromittiert|hacker|angriff|gestohlen)\\b',
    '\\b(?:pirate|compromis|piratage|vole)\\b',
  ),
  dataTheft: join(
    '\\b(?:passwords?|credit cards?|bank(?:ing)? (?:details|passwords?|information|login)|facebook login|email (?:id|credentials|logins?)|personal (?:data|information|files))\\b',
    '\\b(?:contrasenas?|tarjetas? de credito|datos bancarios|datos personales|credenciales)\\b',
    '\\b(?:passworter|passwort|kreditkarten?(?:daten|nummer)?|bankdaten|zugangsdaten|personliche daten|bankverbindung)\\b',
    '\\b(?:mots? de passe|cartes? de credit|coordonnees bancaires|donnees personnelles|connexions)\\b',
  ),
  adultContent: join(
    '\\b(?:porn\\w*|adult (?:content|sites?|websites?)|xxx)\\b',
    '\\b(?:pornografi\\w*|contenido para adultos)\\b',
    '\\b(?:pornografi\\w*|porno\\w*|erwachseneninhalte)\\b',
    '\\b(?:pornographi\\w*|contenu pour adultes)\\b',
  ),
  callNow: join(
    "(?<!(?:not|n't|never|if you|no|to) )\\bcall\\b[^.!\\n]{0,40}(?:now|immediately|right away|us|support|microsoft|apple|windows|technician|toll.?free|helpline|this number|the number|[+(]?\\d{3})",
    '\\b(?:contact|call) (?:microsoft|apple|windows|amazon|the support|support|our (?:support|technicians?|certified))',
    '\\b(?:llamenos|llamanos)\\b',
    '\\b(?:llame|llamenos|llamanos|llama|llamar|comuniquese|contacte|pongase en contacto)\\b[^.!\\n]{0,40}(?:ahora|inmediatamente|de inmediato|soporte|microsoft|tecnico|numero|gratuito|[+(]?\\d{3})',
    '\\b(?:rufen sie|kontaktieren sie|wenden sie sich)\\b[^.!\\n]{0,50}(?:an|sofort|umgehend|support|microsoft|techniker|nummer|hotline|kostenlos|\\d{3})',
    '\\b(?:sofort|jetzt|umgehend|support|hotline|microsoft|nummer) (?:anrufen|kontaktieren)\\b',
    '\\brufe\\b[^.!\\n]{0,40}\\ban\\b',
    '\\b(?:appelez|appeler|contactez)(?:-nous)?\\b[^.!\\n]{0,40}(?:immediatement|maintenant|support|microsoft|technicien|numero|gratuit|\\d{2})',
  ),
  doNotClose: join(
    "\\b(?:do not|don't|dont|never)\\s+(?:try to\\s+)?(?:close|restart|reboot|shut ?down|turn off|ignore|exit|refresh|reload)\\b",
    '\\b(?:closing|restarting|shutting down) (?:this|the|your) (?:page|window|computer|browser|pc)[^.!\\n]{0,60}(?:will|may|can|could)',
    '\\bno (?:intente |trate de )?(?:cierre|cierres|cerrar|reinicie|reinicies|reiniciar|apague|apagues|apagar|ignore|ignores)\\b',
    '\\b(?:nicht|keinesfalls|niemals) (?:schliessen|neu ?starten|neustarten|ausschalten|herunterfahren|ignorieren)\\b',
    '\\b(?:schliessen|ignorieren) sie (?:diese|dieses|das|den|die)\\b[^.!\\n]{0,30}\\bnicht\\b',
    '\\bstarten sie\\b[^.!\\n]{0,30}\\bnicht neu\\b|\\bschalten sie\\b[^.!\\n]{0,30}\\bnicht aus\\b',
    '\\bne (?:pas |jamais )?(?:fermez|fermer|redemarrez|redemarrer|eteignez|eteindre|ignorez|ignorer)\\b',
    "\\bn'(?:ignorez|eteignez)\\b",
  ),
  errorCode: join(
    '\\b0x[0-9a-f]{4,}\\b',
    "\\b(?:error|err|codigo de error|fehlercode|fehler|code d'erreur|erreur)\\s*(?:code)?\\s*[#:]\\s*[0-9a-z]{4,}\\b",
    '\\b(?:error|code)\\s*#\\s*[0-9a-z-]{3,}\\b',
  ),
  countdown: join(
    '\\b\\d{1,2}:\\d{2}\\b[^.!\\n]{0,20}(?:min|sec|seg|sek)',
    '\\b(?:within|in|next) \\d{1,3} (?:minutes?|mins?|seconds?|hours?)\\b',
    '\\b(?:en|dentro de|en los proximos) \\d{1,3} (?:minutos|segundos|horas)\\b',
    '\\b(?:in|innerhalb(?: von| der nachsten)?|in den nachsten) \\d{1,3} (?:minuten|sekunden|stunden)\\b',
    '\\b(?:dans|sous) \\d{1,3} (?:minutes|secondes|heures)\\b',
    '\\b(?:minutes|minutos|minuten) (?:remaining|restantes|verbleibend)\\b',
  ),
  urgent: join(
    '\\b(?:immediately|urgent(?:ly)?|right now|right away|asap|critical|without delay)\\b',
    '\\b(?:inmediatamente|de inmediato|urgente|ahora mismo|critic[oa]|cuanto antes)\\b',
    '\\b(?:sofort|umgehend|dringend|unverzuglich|kritisch)\\b',
    '\\b(?:immediatement|urgent|critique|sans delai)\\b',
  ),
  fakeSupport: join(
    '\\b(?:tech(?:nical)? support|support (?:technician|agent|team|line|number)|certified technicians?|help ?desk|toll.?free|tollfree|helpline)\\b',
    '\\b(?:soporte tecnico|servicio tecnico|asistencia tecnica|linea gratuita|numero gratuito|tecnicos? certificados?)\\b',
    '\\b(?:technischer? support|kundendienst|support-?hotline|hotline|gebuhrenfrei|kostenlose rufnummer)\\b',
    '\\b(?:support technique|assistance technique|numero gratuit|appel gratuit|technicien)\\b',
  ),
  // "Your … has expired": said to the reader about their own protection.
  expired: join(
    '\\byour\\s+(?:[\\w-]+\\s+){0,2}?(?:license|licence|subscription|protection|antivirus)\\b[^.!\\n]{0,30}\\b(?:expired|has expired|is not active|not active|inactive)\\b',
    '\\b(?:su|tu)\\s+(?:[\\w-]+\\s+){0,2}?(?:licencia|suscripcion|proteccion|antivirus)\\b[^.!\\n]{0,30}\\b(?:caducad[oa]|expirad[oa]|vencid[oa]|no esta activ[oa])\\b',
    '\\b(?:ihr|ihre|dein|deine)\\s+(?:[\\w-]+\\s+){0,2}?(?:[\\w-]*lizenz|abonnement|abo|[\\w-]*schutz|[\\w-]*antivirus)\\b[^.!\\n]{0,30}\\b(?:abgelaufen|nicht aktiv|inaktiv)\\b',
    "\\b(?:votre|ton)\\s+(?:[\\w-]+\\s+){0,2}?(?:licence|abonnement|protection|antivirus)\\b[^.!\\n]{0,30}\\b(?:expiree?|n'est pas active|inactive?)\\b",
  ),
  deviceClaim: join(
    `(?<!(?:if|when|whether|because|si|cuando|wenn|falls|ob|quand) )${yourDevice}\\s+(?:is|has been|was|are|have been|may be|might be|can be|ha sido|esta|es|puede estar|fue|ist|wurde|kann|a ete|est)\\s+${filler}` +
      '(?:infected|blocked|locked|hacked|compromised|disabled|vulnerable|infectad[oa]|bloquead[oa]|hackead[oa]|comprometid[oa]|' +
      'infiziert|gesperrt|blockiert|gehackt|anfallig|bloquee?|infectee?|piratee?|verrouillee?)',
    `${yourDevice}\\s+(?:may have|might have|could have|has|puede tener|tiene|hat moglicherweise|hat|peut avoir)\\s+${filler}` +
      "[\\w/'-]*?(?:virus|viruses|viren|spyware|malware|trojan\\w*|troyano)",
    `\\b(?:blocked|locked|disabled|bloqueado|gesperrt|blockiert)\\s+${yourDevice}`,
    `\\bhat ${yourDevice} (?:gesperrt|blockiert)|\\b(?:ha|han) bloqueado ${yourDevice}`,
    `(?:has been|have been|was|were) (?:detected|found) on ${yourDevice}|detectad[oa] en ${yourDevice}|auf (?:ihrem|deinem) (?:pc|computer|rechner|gerat) wurde [^.!\\n]{0,40}erkannt`,
    `${yourDevice} (?:has|tiene|hat) (?:several |many |varios |mehrere )?(?:fatal|critical|serious|graves|schwere) (?:errors|errores|fehler)`,
    `${yourDevice} (?:tiene|hat) (?:varios |mehrere )?(?:errores graves|schwere fehler)`,
  ),
  fakeScan: join(
    '\\b(?:install|download|run)\\s+(?:an?\\s+)?(?:\\w+\\s+){0,2}?(?:antivirus|antispyware|anti-spyware|security) (?:software|program|now)',
    '\\b(?:remove|clean|delete) (?:the )?(?:virus|viruses|spyware|malware|infections?)\\b',
    '\\bthreat detected!|\\baction required!|\\bimmediate action needed\\b|\\bclick here to (?:start scan|install now)\\b',
    '\\binstant clean ?up\\b|\\bscan your (?:pc|computer) for\\b|\\bclick here to scan\\b|\\btotal number of items scanned\\b|\\bsecurity risks identified\\b',
    '\\b(?:instalar|descargar) (?:un )?(?:software )?(?:antivirus|antispyware)\\b|\\bhaga clic aqui para analizar\\b|\\beliminar (?:el )?(?:virus|spyware)\\b',
    '\\b(?:anti-?spyware|antivirus)-?software zu installieren\\b|\\bklicken sie hier,? um ihren pc zu prufen\\b|\\b(?:viren|virus\\w*|infektion\\w*|spyware) (?:zu )?entfernen\\b|\\bentfernen (?:gefundene |die )?(?:viren|virus\\w*|infektion\\w*)',
  ),
  fakeCharge: join(
    "\\b(?:used at|paid|purchase|order|charges?|transaction|payment|debit|request for \\$?[\\d.,]+)\\b[^\\n]{0,200}\\b(?:if (?:this|you) (?:was not|wasn't|did not|didn't)|do not confirm|to cancel|auto-debit)",
    '\\b(?:se uso en|pagado|compra|cargos?|transaccion|pago|solicitud de)\\b[^\\n]{0,200}\\b(?:si no fue usted|si no confirma|para cancelar|cargos automaticos)',
    '\\b(?:verwendet|kauf|abbuchung\\w*|transaktion|zahlung|anfrage uber)\\b[^\\n]{0,200}\\b(?:wenn sie (?:das|dies) nicht waren|nicht bestatigen|zu stornieren|automatische abbuchungen)',
    '\\b(?:pay a fine|pague una multa|pagar una multa|zahlen sie (?:ein|eine) (?:bussgeld|strafe)|(?:ein )?bussgeld (?:zu )?zahlen|payer une amende)\\b',
  ),
  // Fake police lock screens: "you are accused of …", "illegal activity was detected".
  accused: join(
    '\\b(?:you are|you have been) (?:accused|charged|suspected)\\b|\\billegal activity (?:was|has been) detected\\b',
    '\\b(?:usted|tu) (?:esta|ha sido) (?:acusad[oa]|denunciad[oa])\\b|\\bcaso de actividad ilegal\\b|\\bactividad ilegal (?:fue|ha sido) detectada\\b',
    '\\bsie (?:werden|sind) (?:beschuldigt|angeklagt|verdachtigt)\\b|\\billegale aktivitaten (?:wurden )?(?:festgestellt|erkannt)\\b',
    '\\bvous (?:etes|avez ete) (?:accuse|soupconne)e?\\b|\\bactivite illegale (?:a ete )?detectee\\b',
  ),
  alarm: join(
    '\\b(?:security (?:warning|alert)|virus (?:alert|warning|detected)|system (?:alert|warning)|critical (?:alert|warning|error)|warning!|alert!|important (?:security )?(?:notice|alert))',
    '\\b(?:firewall alert|alerta de firewall|firewall-warnung)\\b|\\b(?:security|seguridad de la computadora|computersicherheit) (?:in danger|en peligro|in gefahr)',
    '\\b(?:alerta de (?:seguridad|virus)|advertencia de seguridad|aviso de seguridad|alerta critica)\\b|\\b(?:advertencia|atencion|alerta)!',
    '\\b(?:sicherheitswarnung|sicherheitsalarm|viruswarnung|virenwarnung|warnung!|achtung!|kritischer fehler)',
    '\\b(?:alerte de securite|avertissement de securite|alerte virus|alerte critique)\\b',
  ),
};

/**
 * Words that show a page talks ABOUT fake warnings (advice, news, a vendor's help page, a forum
 * answer) rather than being one: fake warnings never call themselves a scam, never speak of
 * "the pop-up" or what it "claims", and never tell you to hang up or not to call.
 */
export const aboutScamsPattern = join(
  '\\b(?:scam\\w*|fake[sd]?|fraud\\w*|bogus|scareware|phishing|con artists?|crooks?|impersonat\\w+|pretend\\w*|spoof\\w*|trick\\w*)\\b',
  "\\b(?:pop[- ]?ups?|claim(?:s|ing|ed)?|(?:this|the|such|warning|error) messages?|encounter\\w*|victims?|have you ever|in some cases|signs? of an?|convinc\\w+ you|designed to (?:scare|trick|panic|make|look)|supposedly|alleged\\w*|so-called|legitimate|genuine|don't panic|remain calm)\\b",
  "\\b(?:never (?:call|display|show|ask|include|send|lock|use)|will never|does not (?:send|make|display|call|lock)|do not call|don't call|don't give|hang up|task manager|end task|force quit|arrested|charged|sentenced|indicted|prosecutors?)\\b",
  '\\b(?:estafa\\w*|estafador\\w*|timos?|fraude\\w*|fraudulent\\w*|fals[oa]s?|supuest\\w*|engan\\w*|suplant\\w*|ciberdelincuente\\w*|emergentes?|legitim\\w*|denunci\\w+|detenid[oa]s|vishing|no llame\\w*|no llames|nunca llam\\w*|cuelgue|administrador de tareas|ni caso)\\b',
  '\\b(?:betrug\\w*|betruger\\w*|abzocke|masche|gefalscht\\w*|falsch\\w*|angeblich\\w*|vermeintlich\\w*|kriminell\\w*|festgenommen|verbraucherzentrale|verbraucherschutz\\w*|nicht (?:echt|anrufen)|keinesfalls|rufen sie (?:nicht|keinesfalls)|legen sie (?:sofort )?auf|task-?manager)\\b',
  '\\b(?:arnaque\\w*|escroc\\w*|escroquerie\\w*|fraudeurs?|faux|fausses?|pretendu\\w*|ne jamais appeler|raccrochez)\\b',
);
