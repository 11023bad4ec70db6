-- wrk script: POST /api/v1/quotes with random 5-line carts from the sample catalog.
-- Any non-200 answer is counted and printed at the end (wrk itself counts only socket errors and non-2xx/3xx).
local skus = {"OJ-TROP-PREM-64", "OJ-TROP-PREM-96", "OJ-FLNAT-64", "OJ-TROP-64", "OJ-MMAID-64", "OJ-MMAID-96",
              "OJ-CHILL-64", "OJ-TFRESH-64", "OJ-FLGOLD-64", "OJ-DOM-64", "OJ-DOM-128"}
local channels = {"web", "app", "store"}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  non200 = 0
  bodies = {}
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
    bodies[n] = string.format('{"channel":"%s","customerId":"C-%d","lines":[%s]}',
      channels[math.random(1, #channels)], 1000 + math.random(1, 300), table.concat(lines, ","))
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer demo-storefront-key"
end

function request()
  return wrk.format(nil, "/api/v1/quotes", nil, bodies[math.random(1, #bodies)])
end

function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non200") end
  local secs = summary.duration / 1e6
  io.write(string.format("RESULT quotes=%d seconds=%.1f quotes_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non200=%d socket_errors=%d\n",
    summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
