// Loaded with `node --require` by run-win-node.sh. Wine rebuilds a few variables from the
// prefix's profile (APPDATA, LOCALAPPDATA, USERPROFILE, TEMP, TMP, ProgramData, PATH) and drops
// HOME, whatever the Linux environment says; the runner passes each wanted value as
// HOLDON_WIN_ENV_<NAME> and this copies it to process.env.<NAME> before the script runs.
// Only JavaScript (and child processes node spawns) sees them: Win32 calls such as
// SHGetKnownFolderPath still answer with the prefix's own folders.
'use strict';
const prefix = 'HOLDON_WIN_ENV_';
for (const [key, value] of Object.entries(process.env)) {
  if (!key.toUpperCase().startsWith(prefix)) continue;
  process.env[key.slice(prefix.length)] = value;
  Reflect.deleteProperty(process.env, key);
}
