-- bench/stampede: eleven pages in turn, each connection its own place in the list.
local paths = {"/", "/negotiations/11", "/compare?sma=10&sma=11&sma=12", "/api/v1/negotiations/11/gap",
  "/agreements/12", "/search?q=troops", "/negotiations/10?lang=ko", "/sources", "/changes",
  "/negotiations/11/gap.svg", "/export/offers.csv"}
local i = 0
setup = function(thread) thread:set("offset", math.random(#paths)) end
request = function()
  i = i + 1
  return wrk.format("GET", paths[((i + (offset or 0)) % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
