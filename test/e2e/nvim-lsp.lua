-- Layer 3: Neovim (0.7+, headless) as a second, independent LSP client of dist/server.js.
-- Run by scripts/e2e.mjs as:
--   RESDRAFT_SERVER=dist/server.js RESDRAFT_FILE=<file> RESDRAFT_OUT=<json> nvim --headless -u NONE -c 'luafile test/e2e/nvim-lsp.lua'
-- It writes what it saw to RESDRAFT_OUT as JSON; the assertions live in scripts/e2e.mjs, which
-- reads them from the fixture itself. Exit code: 0 when the JSON was written, 1 otherwise.
local server = assert(os.getenv('RESDRAFT_SERVER'), 'RESDRAFT_SERVER not set')
local file = assert(os.getenv('RESDRAFT_FILE'), 'RESDRAFT_FILE not set')
local out_path = assert(os.getenv('RESDRAFT_OUT'), 'RESDRAFT_OUT not set')
local timeout_ms = tonumber(os.getenv('RESDRAFT_TIMEOUT_MS') or '15000')

local result = { published = false, diagnostics = {}, symbols = {}, exit_code = vim.NIL, errors = {} }
local stopping = false
local function note_error(msg) table.insert(result.errors, msg) end

local function finish()
  local f = io.open(out_path, 'w')
  if not f then vim.cmd('cquit 1') return end
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local client_id = vim.lsp.start_client({
  name = 'resdraft',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
  handlers = {
    -- Record that the server published at all (an empty list counts), then let Neovim store them.
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      result.published = true
      vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
    end,
  },
  -- Only an exit before we stop the client counts as a crash.
  on_exit = function(code) if not stopping then result.exit_code = code end end,
})
if not client_id then
  note_error('vim.lsp.start_client returned nil')
  finish()
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'unres' -- the languageId sent in didOpen
vim.lsp.buf_attach_client(bufnr, client_id)

-- Wait for the first publishDiagnostics, or for the server to die.
vim.wait(timeout_ms, function() return result.published or result.exit_code ~= vim.NIL end, 50)
if result.exit_code ~= vim.NIL then
  note_error('the server exited (code ' .. tostring(result.exit_code) .. ') before publishing diagnostics')
elseif not result.published then
  note_error('no textDocument/publishDiagnostics within ' .. timeout_ms .. ' ms')
end

for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, {
    line = d.lnum + 1, col = d.col + 1, severity = d.severity,
    source = d.source or vim.NIL, code = (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL,
    message = d.message,
  })
end

-- The outline: flatten the DocumentSymbol tree depth-first, keeping the depth.
local function walk(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    table.insert(result.symbols, { name = s.name, depth = depth, kind = s.kind })
    walk(s.children, depth + 1)
  end
end
if result.exit_code == vim.NIL then
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol',
    { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, 5000)
  if not responses then note_error('documentSymbol: ' .. tostring(err)) end
  for _, r in pairs(responses or {}) do
    if r.err then note_error('documentSymbol error: ' .. vim.inspect(r.err)) end
    walk(r.result, 0)
  end
  stopping = true
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end
finish()
