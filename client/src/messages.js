"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.trustChangedNotification = exports.checkFilesRequest = exports.documentStatusRequest = exports.SHOW_RULE_DOCS_COMMAND = exports.STATUS_CHANGED = void 0;
/**
 * factlint's own LSP messages (common/src/protocol.ts), typed for vscode-languageclient.
 * The names and shapes live in common/; this file only wraps them.
 */
const node_1 = require("vscode-languageclient/node");
const protocol_1 = require("../../common/out/protocol");
var protocol_2 = require("../../common/out/protocol");
Object.defineProperty(exports, "STATUS_CHANGED", { enumerable: true, get: function () { return protocol_2.STATUS_CHANGED; } });
Object.defineProperty(exports, "SHOW_RULE_DOCS_COMMAND", { enumerable: true, get: function () { return protocol_2.SHOW_RULE_DOCS_COMMAND; } });
/** What governs a draft; null when the server does not check it. */
exports.documentStatusRequest = new node_1.RequestType(protocol_1.DOCUMENT_STATUS);
/** Check files on disk and publish their diagnostics. */
exports.checkFilesRequest = new node_1.RequestType(protocol_1.CHECK_FILES);
/** The workspace became trusted. */
exports.trustChangedNotification = new node_1.NotificationType(protocol_1.TRUST_CHANGED);
//# sourceMappingURL=messages.js.map