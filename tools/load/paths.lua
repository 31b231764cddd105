-- Rotates through search, API, program and compare requests; counts server errors separately.
local paths = {}
local ids = {}
for i = 0, 9999, 97 do ids[#ids + 1] = string.format("program-%06d", i) end
local queries = {
  "/", "/?near=02139", "/?near=10001&condition=depression&insurance=medicaid", "/?q=dbt+family&near=60606&radius=50",
  "/?time=evening&day=mon&day=tue&day=wed&day=thu&max_hours=12", "/?q=depresion&sort=name&page=3",
  "/api/programs?near=94105&format=virtual", "/api/programs?condition=anxiety&age=adolescents&size=50",
  "/status", "/healthz",
}
for _, q in ipairs(queries) do paths[#paths + 1] = q end
for i, id in ipairs(ids) do
  paths[#paths + 1] = "/programs/" .. id
  if i % 3 == 0 then
    paths[#paths + 1] = "/compare?ids=" .. id .. "," .. ids[(i % #ids) + 1] .. "&near=02139&insurance=medicaid&w.crisis-plan=3"
    paths[#paths + 1] = "/api/programs/" .. id
  end
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

server_errors = 0
other = 0
response = function(status)
  if status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then other = other + 1 end
end

-- Each thread has its own counters; report them per thread from the thread's state.
local threads = {}
setup = function(thread) threads[#threads + 1] = thread end
done = function(summary, latency, requests)
  local errors, client = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + (thread:get("server_errors") or 0)
    client = client + (thread:get("other") or 0)
  end
  io.write(string.format("RESULT requests=%d 5xx=%d 4xx=%d socket_errors=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, errors, client,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
