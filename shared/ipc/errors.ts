// Typed errors that cross the IPC boundary: a code, parameters, and a message in the user's language.
import { errorMessage, isErrorKey, type CodeOfKey, type ErrorKey, type Language } from '../i18n/errors';

export const ERROR_CODES = [
  'invalid_input',
  'unknown_call',
  'bridge_missing',
  'forbidden_sender',
  'not_found',
  'bad_state',
  'bad_pack',
  'db_newer',
  'db_corrupt',
  'db_readonly',
  'db_busy',
  'db_tampered',
  'db_network',
  'disk_full',
  'io',
  'chain_broken',
  'bad_archive',
  'bad_msel',
  'bad_evidence',
  'forbidden_seat',
  'seats',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** Every key's code is a known code: a key like 'typo.x' in the catalogue is a type error here. */
const keysHaveCodes: CodeOfKey<ErrorKey> extends ErrorCode ? true : never = true;
void keysHaveCodes;

/** One bad field; an MSEL row also names its CSV line and column, and says it in English too. */
export interface FieldIssue {
  field: string;
  reason: string;
  fieldEn?: string;
  reasonEn?: string;
  line?: number;
  column?: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  /** Message key within the code's catalogue, e.g. `bad_state.not_running`. */
  key: ErrorKey;
  params: Record<string, string | number>;
  /** Field problems, for validation errors. */
  problems?: FieldIssue[];
}

/** A domain error with a typed code; the message is rendered per language from the catalogue. */
export class DrillRoomError extends Error {
  readonly payload: ErrorPayload;
  constructor(key: ErrorKey, params: Record<string, string | number> = {}, problems?: ErrorPayload['problems']) {
    const code = key.split('.')[0] as CodeOfKey<ErrorKey> & ErrorCode;
    super(errorMessage({ code, key, params, problems }, 'zh-CN'));
    this.name = 'DrillRoomError';
    this.payload = { code, key, params, ...(problems ? { problems } : {}) };
  }
  get code(): ErrorCode {
    return this.payload.code;
  }
  messageIn(lang: Language): string {
    return errorMessage(this.payload, lang);
  }
}

export function isErrorPayload(v: unknown): v is ErrorPayload {
  return !!v && typeof v === 'object' && typeof (v as ErrorPayload).code === 'string' && typeof (v as ErrorPayload).key === 'string' && isErrorKey((v as ErrorPayload).key);
}
