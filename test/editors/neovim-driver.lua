-- Drives factlint-ls inside a headless Neovim (0.7 and later) as a writer would, and writes what
-- Neovim showed to the JSON file named by FACTLINT_NVIM_OUT. Run by test/editors/neovim.test.ts
-- after the Neovim setup of docs/editors.md (the init.lua) has started the client for the draft.
--
-- Steps: wait for the draft's diagnostics; hover over a name and read the float; apply the
-- preferred code action through vim.lsp.buf.code_action(); turn a rule off with docs/editors.md's
-- factlint_settings(), which sends workspace/didChangeConfiguration. Every wait is bounded by
-- FACTLINT_NVIM_WAIT_MS and fails with what it was waiting for; nothing sleeps.

local out_path = assert(os.getenv('FACTLINT_NVIM_OUT'), 'FACTLINT_NVIM_OUT is not set')
local wait_ms = tonumber(os.getenv('FACTLINT_NVIM_WAIT_MS') or '30000')
local result = { version = vim.version and tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) or '?' }
local buf = vim.api.nvim_get_current_buf()
if os.getenv('FACTLINT_NVIM_DEBUG') then vim.lsp.set_log_level('debug') end

local function finish(err)
  if err then result.error = tostring(err) end
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(err and 'cquit 1' or 'qall!')
end

local function factlint()
  for _, c in pairs(vim.lsp.get_active_clients()) do
    if c.name == 'factlint' then return c end
  end
end

local published = 0
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(...)
  publish(...)
  published = published + 1
end

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(list, {
      line = d.lnum,
      col = d.col,
      severity = d.severity,
      code = lsp.code or d.code,
      source = d.source,
      message = d.message,
    })
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.col < b.col) end)
  return list
end

local function has_code(code)
  for _, d in ipairs(diagnostics()) do
    if d.code == code then return true end
  end
  return false
end

local function wait_for(what, pred)
  if not vim.wait(wait_ms, pred, 10) then error('timed out after ' .. wait_ms .. ' ms waiting for ' .. what) end
end

--- Puts the cursor on the first occurrence of `text` in the buffer (0-based column).
local function cursor_on(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(text, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { i, col - 1 })
      return
    end
  end
  error('the draft has no "' .. text .. '"')
end

local function floats()
  local wins = {}
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then table.insert(wins, w) end
  end
  return wins
end

local function run()
  result.filetype = vim.bo[buf].filetype
  -- A client is listed once it has answered initialize.
  wait_for('a client named factlint (did the init.lua run for a ' .. result.filetype .. ' buffer?)', function() return factlint() ~= nil end)
  result.attached = vim.lsp.buf_is_attached(buf, factlint().id)

  -- 1. The diagnostics of the draft as opened.
  wait_for('the first diagnostics', function() return published > 0 and #diagnostics() > 0 end)
  result.opened = diagnostics()

  -- 2. The hover float over a person's name: what the writer reads.
  cursor_on('Iwaya')
  vim.lsp.buf.hover()
  wait_for('the hover float', function() return #floats() > 0 end)
  local float = floats()[1]
  result.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
  vim.api.nvim_win_close(float, true)

  -- 3. The preferred fix for the acronym, picked where Neovim asks the writer to choose.
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    local pick = nil
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(offered, { title = action.title, preferred = action.isPreferred == true, command = action.command and (action.command.command or action.command) or nil })
      if pick == nil and action.isPreferred then pick = i end
    end
    if pick then on_choice(items[pick], pick) else on_choice(nil, nil) end
  end
  cursor_on('FIOP')
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  local before = published
  vim.lsp.buf.code_action()
  wait_for('the code action to change the draft', function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end)
  result.offered = offered
  wait_for('diagnostics after the fix', function() return published > before and not has_code('acronym') end)
  result.fixed_line = vim.api.nvim_get_current_line()
  result.after_fix = diagnostics()

  -- 4. A setting changed while Neovim runs: workspace/didChangeConfiguration.
  if type(_G.factlint_settings) ~= 'function' then error('the init.lua defines no factlint_settings()') end
  before = published
  _G.factlint_settings({ rules = { name = 'off', term = 'info' } })
  wait_for('the name rule to go quiet', function() return published > before and not has_code('name') end)
  result.after_settings = diagnostics()
  result.running = not factlint().is_stopped()
end

local ok, err = xpcall(run, debug.traceback)
finish(not ok and err or nil)
