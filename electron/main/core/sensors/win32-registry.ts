import koffi from 'koffi';
import type { RegistryDwordReader } from '../../../../shared/windows/windows-protections';

/**
 * Windows: a REG_DWORD read through advapi32's RegGetValueW (koffi), always from the 64-bit view.
 * https://learn.microsoft.com/windows/win32/api/winreg/nf-winreg-reggetvaluew
 * The predefined keys are 32-bit values sign-extended to pointer size on 64-bit Windows
 * ((HKEY)(LONG)0x80000002), so they are passed as negative numbers.
 */
const hives = { HKCU: 0x80000001 | 0, HKLM: 0x80000002 | 0 } as const;
const RRF_RT_REG_DWORD = 0x10;
const RRF_SUBKEY_WOW6464KEY = 0x10000;
const ERROR_SUCCESS = 0;

function loadApi() {
  const advapi32 = koffi.load('advapi32.dll');
  return {
    RegGetValueW: advapi32.func(
      'long __stdcall RegGetValueW(intptr hkey, str16 subKey, str16 value, uint32 flags, _Out_ uint32 *type, void *data, _Inout_ uint32 *size)',
    ),
  };
}
let api: ReturnType<typeof loadApi> | null = null;
const dword = Buffer.alloc(4);

/** Throws only when advapi32 cannot be loaded; a missing key or value (or not a DWORD) is null. */
export const readRegistryDword: RegistryDwordReader = (hive, key, value) => {
  api ??= loadApi();
  const type = [0];
  const size = [4];
  const status = api.RegGetValueW(
    hives[hive],
    key,
    value,
    RRF_RT_REG_DWORD | RRF_SUBKEY_WOW6464KEY,
    type,
    dword,
    size,
  ) as number;
  return status === ERROR_SUCCESS ? dword.readUInt32LE(0) : null;
};
