/**
 * Windows settings that switch off a protection scammers rely on being gone: Edge's scareware
 * blocker (full-screen scam pages), Edge's SmartScreen (downloads and known scam sites), and the
 * warning Windows shows before an unsigned `.rdp` file connects this computer to a stranger's.
 * A scammer (or a "cleaner" they make the victim run) sets these; Hold On tells the family.
 */
export type WindowsProtectionId =
  'edge-scareware-blocker' | 'edge-smartscreen' | 'rdp-redirection-warning' | 'rdp-launch-consent';

export interface WindowsProtectionSetting {
  readonly id: WindowsProtectionId;
  readonly hive: 'HKLM' | 'HKCU';
  readonly key: string;
  readonly value: string;
  /** The REG_DWORD that switches the protection off. */
  readonly off: number;
}

const edgePolicies = 'SOFTWARE\\Policies\\Microsoft\\Edge';

/**
 * The values read. Edge's policies apply from the machine's and from the user's policy key.
 * https://learn.microsoft.com/deployedge/microsoft-edge-policies#scarewareblockerprotectionenabled
 * https://learn.microsoft.com/deployedge/microsoft-edge-policies#smartscreenenabled
 * https://learn.microsoft.com/windows-server/remote/remote-desktop-services/clients/rdp-files (the
 * security warning for .rdp files; RedirectionWarningDialogVersion=1 brings back the old dialog
 * without it, RdpLaunchConsentAccepted=1 records "don't ask again")
 */
export const windowsProtectionSettings: readonly WindowsProtectionSetting[] = [
  {
    id: 'edge-scareware-blocker',
    hive: 'HKLM',
    key: edgePolicies,
    value: 'ScarewareBlockerProtectionEnabled',
    off: 0,
  },
  {
    id: 'edge-scareware-blocker',
    hive: 'HKCU',
    key: edgePolicies,
    value: 'ScarewareBlockerProtectionEnabled',
    off: 0,
  },
  { id: 'edge-smartscreen', hive: 'HKLM', key: edgePolicies, value: 'SmartScreenEnabled', off: 0 },
  { id: 'edge-smartscreen', hive: 'HKCU', key: edgePolicies, value: 'SmartScreenEnabled', off: 0 },
  {
    id: 'rdp-redirection-warning',
    hive: 'HKLM',
    key: 'SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\\Client',
    value: 'RedirectionWarningDialogVersion',
    off: 1,
  },
  {
    id: 'rdp-launch-consent',
    hive: 'HKCU',
    key: 'Software\\Microsoft\\Terminal Server Client',
    value: 'RdpLaunchConsentAccepted',
    off: 1,
  },
];

/** Reads one REG_DWORD; null when the key or value is missing (or is not a DWORD). */
export type RegistryDwordReader = (hive: 'HKLM' | 'HKCU', key: string, value: string) => number | null;

/** The protections switched off now, each once, in the order above. */
export function protectionsOff(read: RegistryDwordReader): WindowsProtectionId[] {
  const off = new Set<WindowsProtectionId>();
  for (const s of windowsProtectionSettings) {
    if (read(s.hive, s.key, s.value) === s.off) off.add(s.id);
  }
  return [...off];
}
