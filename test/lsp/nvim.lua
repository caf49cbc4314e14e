-- Neovim as an independent LSP client: starts the built server over stdio, opens a draft, prints the diagnostics
-- it receives and the titles of the code actions offered on the first one. Arguments come from the environment.
local server, draft = os.getenv('CLAIMLINT_SERVER'), os.getenv('CLAIMLINT_DRAFT')
local id = vim.lsp.start_client({
  name = 'claimlint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':h'),
})
vim.cmd('edit ' .. vim.fn.fnameescape(draft))
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not ok then
  io.stdout:write('NO DIAGNOSTICS\n')
  vim.cmd('cq')
end
local diagnostics = vim.diagnostic.get(0)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(diagnostics) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  io.stdout:write(string.format('diagnostic %d:%d %s %s\n', d.lnum + 1, d.col + 1, code, d.message))
end
local first = diagnostics[1]
local params = {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
  context = { diagnostics = {} },
}
local replies = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000) or {}
for _, reply in pairs(replies) do
  for _, action in ipairs(reply.result or {}) do io.stdout:write('action ' .. action.title .. '\n') end
end
vim.lsp.stop_client(id)
vim.cmd('qa!')
