/**
 * @module analyze/events/cameo
 * CAMEO code lookups over the generated table: label, Goldstein score and root (2-digit family) of a code.
 */
import { CAMEO_TABLE } from './cameo.generated.js';

export interface CameoCode {
  readonly code: string;
  readonly label: string;
  readonly goldstein: number;
}

const BY_CODE = new Map<string, CameoCode>(
  CAMEO_TABLE.map(([code, label, goldstein]) => [code, { code, label, goldstein }]),
);

/** The CAMEO entry of `code`, or undefined for an unknown code. */
export function cameoCode(code: string): CameoCode | undefined {
  return BY_CODE.get(code);
}

/** The 2-digit family of a code ('1312' → '13'). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** True when the code is in the table. */
export function isCameoCode(code: string): boolean {
  return BY_CODE.has(code);
}
