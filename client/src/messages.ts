/**
 * factlint's own LSP messages (common/src/protocol.ts), typed for vscode-languageclient.
 * The names and shapes live in common/; this file only wraps them.
 */
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import {
  CHECK_FILES,
  DOCUMENT_STATUS,
  TRUST_CHANGED,
  type CheckFilesParams,
  type CheckFilesResult,
  type DocumentStatus,
  type DocumentStatusParams,
  type TrustChangedParams,
} from '../../common/out/protocol';

export {
  ADD_TO_TABLE_COMMAND,
  CHOOSE_TABLE_COMMAND,
  CREATE_FACTS_TABLE_COMMAND,
  CREATE_TABLE_COMMAND,
  DEFAULT_BEAT,
  STATUS_CHANGED,
  SHOW_RULE_DOCS_COMMAND,
} from '../../common/out/protocol';
export type {
  AddToTableArgs,
  ChooseTableArgs,
  CreateTableArgs,
  DocumentStatus,
  InitializationOptions,
  SkippedInfo,
  StatusChangedParams,
  TableEditResult,
  TableInfo,
} from '../../common/out/protocol';

/** What governs a draft; null when the server does not check it. */
export const documentStatusRequest = new RequestType<DocumentStatusParams, DocumentStatus | null, void>(DOCUMENT_STATUS);

/** Check files on disk and publish their diagnostics. */
export const checkFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>(CHECK_FILES);

/** The workspace became trusted. */
export const trustChangedNotification = new NotificationType<TrustChangedParams>(TRUST_CHANGED);

