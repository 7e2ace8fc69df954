/**
 * Company and product names from the upstream data that everyday programs carry in their own
 * version resources. A renamed copy is found by what its file says about itself
 * (shared/catalog/file-details-match.ts), so a name that an everyday program shares would
 * raise a warning about that program. Each is left out, with the reason.
 */
const leftOut: Readonly<Record<string, string>> = {
  // Companies that also make everyday programs (a company name matches the same name followed by more words).
  Google: 'Google makes Chrome, Drive and Earth too; Chrome Remote Desktop keeps its product name',
  AOMEI: 'AOMEI makes the Backupper and Partition Assistant tools too; AnyViewer keeps its product name',
  'NCH Software': 'NCH makes WavePad, VideoPad and Express Scribe too; DesktopNow keeps its product name',
  'Enter Srl': 'Enter makes Iperius Backup too; Iperius Remote keeps its product name',
  NanoSystems: 'NanoSystems makes Uranium Backup too; Supremo keeps its product name',
  famatech: 'Famatech makes Advanced IP Scanner too; Radmin keeps its product names',
  idrive: 'IDrive makes the IDrive backup program too; RemotePC keeps its product name',
  LogMeIn: 'LogMeIn, Inc. made LastPass, GoTo Meeting and Hamachi too',
  SolarWinds: 'SolarWinds makes many programs besides DameWare',
  Zoho: 'Zoho makes Mail, WorkDrive and many other programs; Zoho Assist keeps its product name',
  // Product names that are a vendor's whole range, or everyday words.
  'AOMEI*': 'every AOMEI program',
  'NCH Software*': 'every NCH program',
  'Enter Srl*': 'every Enter program',
  'Enter S.R.L*': 'every Enter program',
  'famatech*': 'every Famatech program',
  'NanoSystems*': 'every NanoSystems program',
  'Tencent*': 'every Tencent program (QQ, WeChat, QQ Browser)',
  'QQ*': 'QQ chat, QQ Music and QQ Browser',
  'Zoho*': 'every Zoho program; Zoho Assist keeps its own name',
  'AliWangWang*': "Alibaba's chat program, whose remote help is one feature among many",
  'LogMeIn*': 'LogMeIn Hamachi, a network program, is named so too',
  'DeskShare*': 'DeskShare also sells screen recorders and webcam programs',
  'remotedesktop*': "Microsoft's and other Remote Desktop programs; RemotePC keeps its own name",
  'RMM*': 'an everyday abbreviation',
  'Level*': 'an everyday word',
  launch: 'an everyday word',
  'Remote Monitoring*': 'everyday words',
  'Remote control service': 'everyday words',
  Teleport: 'an everyday word; Teleport Connect keeps its own name',
  'Barracuda Networks': "Barracuda's whole range",
};

/** The names kept, and those left out with their reasons. */
export function withoutBroadNames(names: readonly string[]): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const name of names) {
    if (Object.hasOwn(leftOut, name)) dropped.push(`${name} (${leftOut[name] ?? ''})`);
    else kept.push(name);
  }
  return { kept, dropped };
}
