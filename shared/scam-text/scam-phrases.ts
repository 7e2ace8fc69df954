/**
 * The phrases fake warnings use, in English, Spanish, German and French, matched on folded text
 * (lower case, no accents: see `foldText`). Each signal is one thing a person can be told
 * ("It says your computer is blocked"). Wording taken from scam pages quoted by Microsoft
 * (https://support.microsoft.com/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435),
 * Malwarebytes, INCIBE/OSI and Verbraucherzentrale write-ups (see tests/fixtures/scam-text/README.md).
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
  | 'alarm';

const join = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'g');

const device =
  '(?:computer|pc|device|system|laptop|mac|browser|windows|access|ordenador|equipo|computadora|dispositivo|' +
  'navegador|sistema|acceso|rechner|gerat|zugang|zugriff|browser|ordinateur|appareil|acces|systeme|navigateur)';

export const phrasePatterns: Readonly<Record<PhraseSignal, RegExp>> = {
  blocked: join(
    `${device}[^.!\\n]{0,40}\\b(?:blocked|locked|suspended|disabled|blocked)\\b`,
    '\\b(?:blocked|locked) for security reasons',
    `${device}[^.!\\n]{0,40}\\b(?:bloquead[oa]s?|suspendid[oa]|deshabilitad[oa]|inhabilitad[oa])`,
    `${device}[^.!\\n]{0,40}\\b(?:gesperrt|blockiert|deaktiviert)`,
    `${device}[^.!\\n]{0,40}\\b(?:bloquee?s?|verrouillee?s?|suspendue?)\\b`,
    '\\bsperrung\\b|\\bbloqueo\\b|\\bblocage\\b',
  ),
  infected: join(
    '\\b(?:infected|infection|virus(?:es)?|malware|spyware|trojan|adware|ransomware|keylogger|rootkit|worm)\\b',
    '\\bthreats? (?:detected|found)\\b',
    '\\b(?:infectad[oa]s?|infeccion|virus|programa espia|troyano)\\b',
    '\\b(?:infiziert|infektion|viren|virus|trojaner|schadsoftware|spionage-?software)\\b',
    '\\b(?:infecte|infection|virus|logiciel espion|cheval de troie)\\b',
  ),
  hacked: join(
    '\\b(?:hacked|compromised|hackers?|hijacked|breach)\\b',
    '\\b(?:hackead[oa]|comprometid[oa]s?|piratead[oa]|hackers?)\\b',
    '\\b(?:gehackt|kompromittiert|hacker|angriff)\\b',
    '\\b(?:pirate|compromis|piratage)\\b',
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
    '\\bcall\\b[^.!\\n]{0,40}(?:now|immediately|right away|us|support|microsoft|apple|windows|technician|toll.?free|helpline|this number|the number|[+(]?\\d{3})',
    '\\b(?:contact|call) (?:microsoft|apple|windows|amazon|the support|support|our (?:support|technicians?|certified))',
    '\\b(?:llame|llamenos|llamanos|llama|llamar|comuniquese|contacte|pongase en contacto)\\b[^.!\\n]{0,40}(?:ahora|inmediatamente|de inmediato|soporte|microsoft|tecnico|numero|gratuito|[+(]?\\d{3})',
    '\\b(?:rufen sie|kontaktieren sie|wenden sie sich)\\b[^.!\\n]{0,50}(?:an|sofort|umgehend|support|microsoft|techniker|nummer|hotline|kostenlos|\\d{3})',
    '\\b(?:sofort|jetzt|umgehend) (?:anrufen|kontaktieren)\\b',
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
    '\\b(?:in|innerhalb(?: von)?|in den nachsten) \\d{1,3} (?:minuten|sekunden|stunden)\\b',
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
  expired: join(
    '\\b(?:license|licence|subscription|protection|antivirus)\\b[^.!\\n]{0,30}\\b(?:expired|has expired|is not active|not active|inactive)\\b',
    '\\b(?:licencia|suscripcion|proteccion)\\b[^.!\\n]{0,30}\\b(?:caducad[oa]|expirad[oa]|vencid[oa]|no esta activ[oa])\\b',
    '\\b(?:lizenz|abonnement|abo|schutz)\\b[^.!\\n]{0,30}\\b(?:abgelaufen|nicht aktiv|inaktiv)\\b',
    "\\b(?:licence|abonnement|protection)\\b[^.!\\n]{0,30}\\b(?:expiree?|n'est pas active|inactive?)\\b",
  ),
  alarm: join(
    '\\b(?:security (?:warning|alert)|virus (?:alert|warning|detected)|system (?:alert|warning)|critical (?:alert|warning|error)|warning!|alert!|important (?:security )?(?:notice|alert))',
    '\\b(?:alerta de (?:seguridad|virus)|advertencia de seguridad|aviso de seguridad|alerta critica)\\b',
    '\\b(?:sicherheitswarnung|sicherheitsalarm|viruswarnung|virenwarnung|warnung!|achtung!|kritischer fehler)',
    '\\b(?:alerte de securite|avertissement de securite|alerte virus|alerte critique)\\b',
  ),
};

/**
 * Words that show a page talks ABOUT scams (advice, news, a vendor's help page) rather than
 * being one: fake warnings never call themselves a scam or tell you to hang up.
 */
export const aboutScamsPattern = join(
  '\\b(?:scams?|scammers?|scammed|fraudsters?|fraudulent|con artists?|phishing|impersonat\\w+|fake (?:pop.?ups?|warnings?|alerts?|calls?|support|messages?|error))\\b',
  "\\b(?:never (?:call|display|show|ask|include|send|lock)|will never|do not call|don't call|hang up|report (?:it|them|the|a|scams?|fraud))\\b",
  '\\b(?:arrested|charged|sentenced|indicted|police|authorities|prosecutors?|consumer advice|tips? to)\\b',
  '\\b(?:estafas?|estafadores?|timos?|fraude|fraudulent[oa]s?|suplanta\\w*|enganos?|ciberdelincuentes|falsa?s? (?:llamadas?|avisos?|alertas?|mensajes?)|denunci\\w+|policia|guardia civil|detenid[oa]s|nunca (?:llama|muestra|pide|le pedira|bloquea)|no llame|cuelgue)\\b',
  '\\b(?:betrug\\w*|betruger\\w*|abzocke|masche|falsche[nr]? (?:anrufe?|warnungen?|meldungen?)|gefalscht\\w*|kriminelle[n]?|polizei|festgenommen|verbraucherzentrale|niemals (?:anrufen|an)|rufen sie nicht|legen sie (?:sofort )?auf)\\b',
  '\\b(?:arnaques?|escroquerie\\w*|escrocs?|fraudeurs?|faux (?:messages?|support)|gendarmerie|ne jamais appeler|raccrochez)\\b',
);
