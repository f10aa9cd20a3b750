-- A headless Neovim as a strict LSP client of the journey language server (test/clients/).
-- Neovim decodes every message with a strict JSON reader: a lone surrogate or a broken frame
-- makes it call on_error (INVALID_SERVER_JSON) and drop the message, which is what this records.
-- Env: JOURNEY_SERVER (out/language-server.cjs), JOURNEY_FILE (the .journey file to open),
-- JOURNEY_REQUESTS (JSON list of {method, line, character}), JOURNEY_RESULT (where to write JSON).
local result = { errors = {}, diagnostics = {}, responses = {} }

local function finish()
  local out = assert(io.open(os.getenv('JOURNEY_RESULT'), 'w'))
  out:write(vim.json.encode(result))
  out:close()
  vim.cmd('qa!')
end

local ok, failure = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'journey',
    cmd = { vim.env.JOURNEY_NODE or 'node', os.getenv('JOURNEY_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('JOURNEY_FILE'), ':h'),
    on_error = function(code, err)
      table.insert(result.errors, { code = vim.lsp.rpc.client_errors[code] or code, message = vim.inspect(err) })
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        table.insert(result.diagnostics, params)
      end,
    },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('JOURNEY_FILE')))
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)
  vim.wait(15000, function() return #result.diagnostics > 0 or #result.errors > 0 end, 20)

  local uri = vim.uri_from_bufnr(buffer)
  for _, request in ipairs(vim.json.decode(os.getenv('JOURNEY_REQUESTS') or '[]')) do
    local params = { textDocument = { uri = uri } }
    if request.line then
      params.position = { line = request.line, character = request.character }
    end
    if request.method == 'textDocument/formatting' then
      params.options = { tabSize = 4, insertSpaces = true }
    end
    local responses, err = vim.lsp.buf_request_sync(buffer, request.method, params, 10000)
    local response = responses and responses[client_id]
    table.insert(result.responses, {
      method = request.method,
      timeout = err,
      error = response and response.err and vim.inspect(response.err) or nil,
      answered = response ~= nil,
      result = response and response.result or nil,
    })
  end
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then
  table.insert(result.errors, { code = 'SCRIPT', message = tostring(failure) })
end
finish()
