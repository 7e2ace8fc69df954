import type { AbuseClass } from '../../shared/catalog/catalog-types';

/**
 * Which tools tech-support scammers reach for. The list follows CISA advisory AA23-025A
 * ("Protecting Against Malicious Use of Remote Monitoring and Management Software",
 * https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-025a: ScreenConnect, AnyDesk),
 * the FTC's consumer advice on tech-support scams
 * (https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams), Microsoft's
 * report on Quick Assist abuse (https://www.microsoft.com/en-us/security/blog/2024/05/15/threat-actors-misusing-quick-assist-in-social-engineering-attacks-leading-to-ransomware/),
 * and the vendors' own scam warnings (https://anydesk.com/en/abuse-prevention,
 * https://www.teamviewer.com/en/resources/trust-center/scam-prevention/).
 */
const commonlyAbused =
  /^(anydesk|teamviewer|ultraviewer|screenconnect|connectwise control|logmein|logmein rescue|gotoassist|goto opener|gotomypc|splashtop|rustdesk|supremo|zoho assist|aeroadmin|ammyy admin|chrome remote desktop|remotepc|hoptodesk|dw service|netsupport manager|remote utilities|anyviewer|getscreen|isl light|isl online|iperius remote|tightvnc|ultra vnc|realvnc|vnc connect|vnc|tigervnc|simplehelp|fixme\.it|showmypc|todesk|sunlogin|aweray|rudesktop|remotely|access remote pc|helpwire|instant housecall|remote manipulator system|radmin|ehorus)\b/i;

/** Remote-help features of the operating system itself: warn, never end silently. */
const builtIn = /quick assist|mstsc|microsoft rdp|microsoft tsc|^rdclient/i;

/**
 * Listed as remote-management software but not a way to take over the screen, or something a
 * senior may need: laptop anti-theft firmware agents, screen readers, inventory and patching
 * agents, monitoring probes, backup. Logged as a notice, never an alarm.
 */
const quietManagement =
  /absolute|nvda|faronics|ninite|zabbix|rapid7|tanium|ocs inventory|glpi|kace|site24x7|panorama9|netreo|domotz|auvik|monitic|eset remote|sophos|barracuda|total software deployment|pdq|immybot|msp360|osquery|jump ?cloud|miradore|servicedesk|freshservice|invgate|sysaid|server ?eye|senso\.cloud/i;

/** Outside the RMM category, only these take over a screen from far away. */
const screenControl =
  /vnc|xrdp|rdp2tcp|rdpwrap|nomachine|parsec|x2go|xpra|veyon|pcanywhere|guacamole|freenx|nateon|noteon|adobe connect|remotepass|rodex|fleetdesk|atera|acronis|acronic|trustconnect|apple remote/i;

export function abuseClassOf(
  _id: string,
  category: string | null,
  memberNames: readonly string[],
): AbuseClass {
  const names = memberNames.join(' | ');
  if (memberNames.some((n) => commonlyAbused.test(n))) return 'commonly-abused';
  if (builtIn.test(names)) return 'built-in';
  if (quietManagement.test(names)) return 'remote-utility';
  if (category === 'RMM' || screenControl.test(names)) return 'enterprise-rmm';
  return 'remote-utility';
}

/**
 * Names that many unrelated programs use. The upstream data's own warning lists `agent.exe`,
 * `connect.exe`, `rd.exe` and `client32.exe`; the rest are the same kind of everyday word.
 */
const genericStems = new Set([
  'agent',
  'app',
  'appcore',
  'assist',
  'client',
  'client32',
  'connect',
  'console',
  'control',
  'core',
  'desktop',
  'helper',
  'host',
  'install',
  'installer',
  'installshield setup',
  'launcher',
  'level',
  'main',
  'manager',
  'monitor',
  'rdp',
  'remote',
  'run',
  'server',
  'service',
  'setup',
  'start',
  'support',
  'supporttool',
  'svc',
  'tray',
  'update',
  'updater',
  'viewer',
]);

export function isGenericName(name: string): boolean {
  const stem = name.toLowerCase().replace(/\.(exe|com|bat)$/, '');
  return genericStems.has(stem) || stem.length <= 2;
}

/** Clearer names for a few upstream entries, as the vendor writes them. */
export const displayNames: Readonly<Record<string, string>> = {
  'Microsoft RDP': 'Remote Desktop Connection',
  'Ultra VNC': 'UltraVNC',
  'LogMeIn rescue': 'LogMeIn Rescue',
  'DW Service': 'DWService',
  GetScreen: 'Getscreen.me',
  RdClient: 'Microsoft Remote Desktop app',
};
