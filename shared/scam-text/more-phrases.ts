/**
 * More wording of the same phrase signals (scam-phrases.ts), found since the hand-set scorer was
 * written: Italian and Portuguese, the police lock screens ("Bundeskriminalamt … dieser Computer
 * ist an strafbaren Handlungen beteiligt"), phone scareware ("your battery is damaged"), and
 * "suspicious activity from your IP address". Matched on folded text (see `foldText`).
 *
 * They feed the trained detectors and the reasons a person reads, never the hand-set scorer's
 * weights (hand-set-verdict.ts), which stay as they were measured, so `npm run eval:scam-text`
 * compares the detector with that scorer as it was.
 */
import type { PhraseSignal } from './scam-phrases';

const join = (...parts: string[]): RegExp => new RegExp(parts.join('|'), 'g');

const itDevice = '(?:computer|pc|dispositivo|sistema|accesso|browser|telefono|cellulare|iphone)';
const ptDevice = '(?:computador|pc|dispositivo|sistema|acesso|navegador|telemovel|celular|iphone)';
/** A phone (or the system on it), in the six languages: what phone scareware says is broken. */
const phone =
  '(?:phone|smartphone|mobile|cell phone|iphone|ipad|android|galaxy|device|system|telefono|movil|celular|' +
  'dispositivo|sistema|handy|telefon|mobiltelefon|gerat|telephone|portable|appareil|systeme|cellulare|' +
  'telefone|telemovel)';

export const morePhrasePatterns: Readonly<Partial<Record<PhraseSignal, RegExp>>> = {
  blocked: join(
    `\\b${itDevice}[^.!\\n]{0,40}\\b(?:bloccat[oa]|sospes[oa]|disattivat[oa])\\b|\\bbloccaggio\\b`,
    `\\b${ptDevice}[^.!\\n]{0,40}\\b(?:bloquead[oa]|suspens[oa]|desativad[oa])\\b`,
  ),
  infected: join(
    '\\b(?:infett[oa]|infettat[oa]|infezione|troiano|virus|trojan\\w*|malware|spyware)\\b',
    '\\b(?:infectad[oa]|infetad[oa]|infe(?:c)?cao|cavalo de troia)\\b',
  ),
  hacked: join(
    '\\b(?:hackerat[oa]|compromess[oa]|violat[oa])\\b|\\b(?:hackead[oa]|invadid[oa])\\b',
    '\\bsuspicious activit(?:y|ies)\\b|\\bactividad sospechosa\\b|\\bverdachtige aktivitat\\w*\\b|\\bactivite suspecte\\b|\\battivita sospett[ae]\\b|\\batividade suspeita\\b',
  ),
  dataTheft: join(
    '\\b(?:carta di credito|dati bancari|dati personali|credenziali)\\b',
    '\\b(?:senhas?|palavras?-passe|cartao de credito|dados bancarios|dados pessoais|credenciais)\\b',
  ),
  callNow: join(
    '\\b(?:chiama|chiamate|chiamare|contatta|contattate|contattare)\\b[^.!\\n]{0,40}(?:subito|ora|immediatamente|assistenza|supporto|microsoft|tecnico|numero|[+(]?\\d{3})',
    '\\b(?:ligue|liga|ligar|contacte|contate|entre em contato)\\b[^.!\\n]{0,40}(?:agora|imediatamente|suporte|microsoft|tecnico|numero|[+(]?\\d{3})',
  ),
  doNotClose: join(
    '\\bnon (?:chiudere|spegnere|riavviare|ignorare)\\b',
    '\\bnao (?:feche|fechar|desligue|desligar|reinicie|reiniciar|ignore)\\b',
  ),
  countdown: join(
    '\\b(?:entro|tra|nei prossimi) \\d{1,3} (?:minuti|secondi|ore)\\b',
    '\\b(?:dentro de|nos proximos) \\d{1,3} (?:minutos|segundos|horas)\\b',
  ),
  urgent: join(
    '\\b(?:immediatamente|urgente|subito|critic[oa])\\b',
    '\\b(?:imediatamente|agora mesmo|critic[oa])\\b',
  ),
  fakeSupport: join(
    '\\b(?:supporto tecnico|assistenza tecnica|numero verde|tecnici certificati)\\b',
    '\\b(?:suporte tecnico|assistencia tecnica|linha gratuita|numero gratuito|tecnicos certificados)\\b',
  ),
  expired: join(
    // "Su suscripción a McAfee Antivirus expiró", "Ihre iTunes ID läuft in weniger als 48 Stunden ab",
    // "Ihre PushTAN-Verbindung läuft ab": a subscription or an account about to lapse.
    '\\b(?:su|tu)\\s+(?:[\\w-]+\\s+){0,3}?(?:licencia|suscripcion|proteccion|antivirus|cuenta|membresia)\\b[^.!\\n]{0,30}\\b(?:expiro|ha expirado|caduco|ha caducado|vencio|ha vencido)\\b',
    '\\b(?:ihr|ihre|dein|deine)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]*(?:lizenz|abonnement|abo|schutz|antivirus|id|verbindung|anmeldung|registrierung|konto|mitgliedschaft)\\b[^.!\\n]{0,40}\\b(?:lauft\\b[^.!\\n]{0,40}\\bab|ablauft|wird nicht verlangert)\\b',
    '\\b(?:la tua|il tuo|la sua|il suo)\\s+(?:[\\w-]+\\s+){0,2}?(?:licenza|abbonamento|protezione|antivirus)\\b[^.!\\n]{0,40}\\b(?:scadut[oa]|scadra|scadere|non e attiv[oa])\\b',
    '\\b(?:a sua|o seu|sua|seu)\\s+(?:[\\w-]+\\s+){0,2}?(?:licenca|subscricao|assinatura|protecao|antivirus)\\b[^.!\\n]{0,30}\\b(?:expirou|expirad[oa]|nao esta ativ[oa])\\b',
  ),
  deviceClaim: join(
    `\\b(?:il tuo|il suo|questo) ${itDevice} (?:e stato|e|potrebbe essere) (?:\\w+ ){0,3}?(?:infettato|bloccato|hackerato|compromesso|danneggiato)\\b`,
    `\\b(?:o seu|seu|este) ${ptDevice} (?:foi|esta|pode estar) (?:\\w+ ){0,3}?(?:infe(?:c)?tado|bloqueado|hackeado|comprometido|danificado)\\b`,
    // Phone scareware: "your battery is severely damaged", "Ihr System ist (4) Virus schwer beschädigt".
    '\\b(?:battery|system)\\b[^.!\\n]{0,30}\\b(?:damaged|corrupted)\\b|\\b(?:akku|batterie|system)\\b[^.!\\n]{0,40}\\bbeschadigt',
    '\\b(?:bateria|sistema)\\b[^.!\\n]{0,40}\\b(?:danad[oa]|danificad[oa])\\b|\\b(?:batterie|systeme)\\b[^.!\\n]{0,40}\\bendommage',
    '\\b(?:batteria|sistema)\\b[^.!\\n]{0,40}\\bdanneggiat[oa]\\b|\\b(?:ios|android) e crashato\\b',
    // Phone scareware tells the reader their own phone (or "my iPhone", as if the phone spoke) is
    // infected, hacked or damaged, often with a brand in between: "Your Apple iPhone is hacked",
    // "Ihr Handy ist mit Viren infiziert", "Su teléfono está infectado".
    `\\b(?:your|this|my) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:is|has been|was|has)\\s+(?:[\\w-]+ ){0,3}?(?:infected|hacked|damaged|corrupted|compromised|malfunctioned)\\b`,
    `\\b(?:su|tu|mi|este) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:esta|ha sido|fue|ha sufrido|lleva)\\s+(?:[\\w-]+ ){0,3}?(?:infectad[oa]|hackead[oa]|piratead[oa]|danad[oa]|danos|un troyano)\\b`,
    `\\b(?:ihr|dein|mein|dieses?) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:ist|wurde|hat|tragt)\\s+(?:[\\w-]+ ){0,4}?(?:infiziert|gehackt|beschadigt|korrumpiert|eine fehlfunktion|einen trojaner)\\b`,
    `\\b(?:votre|ton|mon|cet) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:est|a ete)\\s+(?:[\\w-]+ ){0,3}?(?:infectee?|piratee?|endommagee?|corrompue?)\\b`,
    `\\b(?:il tuo|il suo|il mio|questo) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:e stato|e)\\s+(?:[\\w-]+ ){0,3}?(?:infettato|hackerato|danneggiato|compromesso|crashato)\\b`,
    `\\b(?:o seu|seu|o teu|teu|meu|este) (?:[\\w-]+ ){0,2}?${phone}\\s+(?:esta|foi)\\s+(?:[\\w-]+ ){0,3}?(?:infectado|infetado|hackeado|danificado|comprometido)\\b`,
    // "Il tuo telefono ha dei virus", "il tuo computer ha un trojan".
    '\\b(?:il tuo|il suo) (?:telefono|cellulare|dispositivo|computer|pc|iphone) ha (?:dei |un |molti |\\(?\\d+\\)? )?(?:virus|trojan|malware)\\b',
    // "Your computer is at risk", "Il tuo computer è a rischio", "Ihr Gerät ist gefährdet".
    '\\b(?:your|this) (?:computer|pc|device|system|phone|iphone) (?:is|may be) (?:at risk|in danger)\\b|\\b(?:su|tu) (?:ordenador|equipo|computadora|dispositivo|telefono|movil|iphone) (?:esta|puede estar) en (?:riesgo|peligro)\\b',
    '\\b(?:ihr|dein) (?:computer|pc|rechner|gerat|handy|iphone|system) (?:ist|konnte) (?:\\w+ )?(?:gefahrdet|in gefahr)\\b|\\b(?:votre|ton) (?:ordinateur|pc|appareil|telephone|iphone) (?:est|pourrait etre) (?:en danger|menacee?)\\b',
    '\\b(?:il tuo|il suo) (?:computer|pc|dispositivo|telefono|cellulare|iphone) (?:e|potrebbe essere) (?:a rischio|in pericolo)\\b|\\b(?:o seu|seu|o teu) (?:computador|pc|dispositivo|telemovel|celular|iphone) (?:esta|pode estar) (?:em risco|em perigo)\\b',
    // Phone scareware that "cleans": "Memória do iPhone está cheia", "your phone's memory is full".
    `\\b${phone}(?:'s)? (?:memory|storage)\\b[^.!\\n]{0,20}\\bfull\\b|\\b(?:memoria|memoire|speicher) (?:del |de su |de tu |do |da |du |de votre |des |deines |ihres |dello |del tuo )?(?:\\w+ )?${phone}\\b[^.!\\n]{0,20}\\b(?:llena|cheia|piena|pleine|voll)\\b`,
    // "Your hard disk may be damaged", "Windows firewall security damaged", "il sistema operativo è crashato".
    '\\b(?:hard (?:disk|drive)|firewall|disco duro|festplatte|disco rigido|disque dur)\\b[^.!\\n]{0,40}\\b(?:damaged|corrupted|beschadigt|danad[oa]|danneggiat[oa]|endommagee?|danificad[oa])\\b',
    "\\b(?:operating system|sistema operativo|betriebssystem|systeme d'exploitation|sistema)\\b[^.!\\n]{0,20}\\b(?:has crashed|crashed|e crashato|ist abgesturzt|a plante|travou)\\b",
  ),
  fakeScan: join(
    '\\b(?:installa|scarica)\\b[^.!\\n]{0,30}\\b(?:antivirus|app|applicazione)\\b|\\brimuov\\w* (?:il |i )?virus\\b',
    '\\b(?:instale|instalar|baixe|descarregue)\\b[^.!\\n]{0,30}\\b(?:antivirus|aplicativo|aplicacao|app)\\b|\\b(?:remover|remova|eliminar) (?:o |os )?virus\\b',
  ),
  fakeCharge: join(
    '\\bse non (?:sei stato tu|e lei|riconosci|hai effettuato)\\b|\\bla multa deve essere pagata\\b|\\bpagare una multa\\b',
    '\\bse nao (?:foi voce|reconhece|efetuou)\\b|\\bpagar (?:uma )?multa\\b|\\b(?:payer|pagar|pagare|zahlen)\\b[^.!\\n]{0,30}\\b\\d+ ?(?:euros?|eur)\\b',
  ),
  accused: join(
    '\\b(?:bundeskriminalamt|bundespolizei)\\b[^\\n]{0,200}\\b(?:gesperrt|strafbar\\w*|ungesetzlich\\w*|bussgeld|strafe)\\b|\\bstrafbaren handlungen\\b|\\bungesetzliche tatigkeit\\b',
    '\\bviolation of (?:the )?law\\b|\\bviolacion de la ley\\b|\\bviolation de la (?:legislation|loi)\\b|\\bactivites illegales\\b',
    '\\bviolazione (?:di|della) legge\\b|\\battivita illegal[ei]\\b|\\bviolacao da lei\\b|\\batividades? ilega(?:l|is)\\b',
  ),
  alarm: join(
    '\\b(?:avviso di sicurezza|avvertenza di sicurezza|allarme virus|attenzione!)',
    '\\b(?:alerta de seguranca|aviso de seguranca|alerta de virus|atencao!|alerta critico)',
  ),
};
