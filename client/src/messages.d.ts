/**
 * factlint's own LSP messages (common/src/protocol.ts), typed for vscode-languageclient.
 * The names and shapes live in common/; this file only wraps them.
 */
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import { type CheckFilesParams, type CheckFilesResult, type DocumentStatus, type DocumentStatusParams, type TrustChangedParams } from '../../common/out/protocol';
export { STATUS_CHANGED, SHOW_RULE_DOCS_COMMAND } from '../../common/out/protocol';
export type { DocumentStatus, InitializationOptions, SkippedInfo, StatusChangedParams, TableInfo } from '../../common/out/protocol';
/** What governs a draft; null when the server does not check it. */
export declare const documentStatusRequest: RequestType<DocumentStatusParams, DocumentStatus | null, void>;
/** Check files on disk and publish their diagnostics. */
export declare const checkFilesRequest: RequestType<CheckFilesParams, CheckFilesResult, void>;
/** The workspace became trusted. */
export declare const trustChangedNotification: NotificationType<TrustChangedParams>;
