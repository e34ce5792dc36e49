-- Mixed read load for benchmarks/memory-load.sh: each request takes the next of these paths.
local paths = {
  "/api/library/search?q=mentor", "/api/registry/mentors", "/api/session", "/api/modules",
  "/api/library/search?q=familie&topic=family", "/api/assessment/forms", "/api/ethics/checklists", "/api/health",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
