-- wrk script: POST /api/v1/quotes with random 5-line carts from the sample catalog.
-- Requests are formatted once in init; there is no response() callback, whose per-answer Lua call
-- (headers and body copied into Lua) cost the load generator a large share of the two cores. Any answer
-- other than 2xx/3xx is counted by wrk itself (summary.errors.status) and printed as non200: the quote
-- endpoint answers 200 or a 4xx/5xx problem, never 2xx/3xx otherwise.
local skus = {"OJ-TROP-PREM-64", "OJ-TROP-PREM-96", "OJ-FLNAT-64", "OJ-TROP-64", "OJ-MMAID-64", "OJ-MMAID-96",
              "OJ-CHILL-64", "OJ-TFRESH-64", "OJ-FLGOLD-64", "OJ-DOM-64", "OJ-DOM-128"}
local channels = {"web", "app", "store"}
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  requests = {}
  for n = 1, 512 do
    -- five distinct SKUs, quantities 1..4, a sample customer C-1001..C-1300
    local pool = {}
    for i = 1, #skus do pool[i] = skus[i] end
    local lines = {}
    for i = 1, 5 do
      local k = math.random(i, #pool)
      pool[i], pool[k] = pool[k], pool[i]
      lines[i] = string.format('{"sku":"%s","quantity":%d}', pool[i], math.random(1, 4))
    end
    local body = string.format('{"channel":"%s","customerId":"C-%d","lines":[%s]}',
      channels[math.random(1, #channels)], 1000 + math.random(1, 300), table.concat(lines, ","))
    requests[n] = wrk.format("POST", "/api/v1/quotes",
      {["Content-Type"] = "application/json", ["Authorization"] = "Bearer demo-storefront-key"}, body)
  end
end

function request()
  return requests[math.random(1, #requests)]
end

function done(summary, latency, requests)
  local bad = summary.errors.status
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT quotes=%d seconds=%.1f quotes_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non200=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
