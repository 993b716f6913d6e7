#!/usr/bin/env node
// `factlint-ls --stdio`: the standalone language server, for any LSP editor.
'use strict';

require('../server/out/server.js');
