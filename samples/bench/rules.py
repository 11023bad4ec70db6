#!/usr/bin/env python3
"""Creates N guided rules through the admin API (marketer writes and submits, approver approves), then
one release of all of them; or, with --releases K --seconds S, activates K releases spread over S seconds.

Rules spread over the sample catalog like a real rule base: each names one SKU (or a brand), one
segment and one channel, so a quote (one segment, one channel) meets a few dozen of the 1,000 rules."""
import argparse, base64, http.client, json, sys, time
from concurrent.futures import ThreadPoolExecutor

SKUS = ["OJ-TROP-PREM-64", "OJ-TROP-PREM-96", "OJ-FLNAT-64", "OJ-TROP-64", "OJ-MMAID-64", "OJ-MMAID-96",
        "OJ-CHILL-64", "OJ-TFRESH-64", "OJ-FLGOLD-64", "OJ-DOM-64", "OJ-DOM-128"]
SEGMENTS = ["affluent-educated", "seniors", "urban-ethnic", "value-suburban", "young-working", "default"]
CHANNELS = ["web", "app", "store"]


def call(port, method, path, user, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    auth = base64.b64encode(f"{user}:{user}-demo".encode()).decode()
    headers = {"Authorization": "Basic " + auth, "Content-Type": "application/json"}
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    reply = conn.getresponse()
    data = reply.read()
    conn.close()
    if reply.status >= 300:
        raise SystemExit(f"{method} {path} -> {reply.status}: {data[:500]!r}")
    return json.loads(data) if data else None


def rule(i, tag):
    effects = [{"type": "PERCENT_OFF", "percent": str(1 + i % 15)},
               {"type": "AMOUNT_OFF_UNIT", "amount": "0.%02d" % (5 + i % 40)},
               {"type": "BUY_X_GET_Y", "buy": 2, "get": 1, "percent": "50"},
               {"type": "FIXED_UNIT_PRICE", "price": "1.%02d" % (50 + i % 49)}]
    body = {"name": f"bench {tag} {i}", "kind": "PROMOTION", "priority": i % 1000,
            "stacking": "EXCLUSIVE" if i % 17 == 0 else "STACKABLE",
            "conditions": {"skus": [SKUS[i % len(SKUS)]], "segments": [SEGMENTS[(i // len(SKUS)) % len(SEGMENTS)]],
                           "channels": [CHANNELS[(i // (len(SKUS) * len(SEGMENTS))) % len(CHANNELS)]]},
            "effect": effects[i % len(effects)]}
    if i % 5 == 0:
        body["group"] = f"g{i % 7}"
    if i % 100 == 99:  # a few guards, as a real rule base has
        body = {"name": f"bench {tag} guard {i}", "kind": "GUARD", "priority": 100,
                "conditions": {"skus": [SKUS[i % len(SKUS)]]},
                "effect": {"type": "MAX_DISCOUNT_PERCENT", "percent": str(30 + i % 20)}}
    return body


def create(port, i, tag):
    created = call(port, "POST", "/api/v1/admin/rules", "marketer", rule(i, tag))
    call(port, "POST", f"/api/v1/admin/rules/{created['id']}/submit", "marketer", {})
    call(port, "POST", f"/api/v1/admin/rules/{created['id']}/approve", "approver", {"comment": "bench"})
    return created["id"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=18080)
    p.add_argument("--rules", type=int, default=1000)
    p.add_argument("--releases", type=int, default=0)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--parallel", type=int, default=4)
    p.add_argument("--second-release", action="store_true")
    a = p.parse_args()
    if a.releases:
        start = time.time()
        for k in range(a.releases):
            # alternate between two existing releases and fresh ones: roll forward and back under load
            due = start + (k + 1) * a.seconds / (a.releases + 1)
            time.sleep(max(0, due - time.time()))
            t0 = time.time()
            releases = call(a.port, "GET", "/api/v1/admin/releases?size=500", "approver")["items"]
            numbers = sorted(r["release"] for r in releases if r["release"] > 0)
            target = numbers[-1 - (k % 2)] if len(numbers) > 1 else numbers[-1]
            call(a.port, "POST", f"/api/v1/admin/releases/{target}/activate", "approver", {})
            print(f"activated release {target} at {time.strftime('%H:%M:%S')} in {1000 * (time.time() - t0):.0f} ms",
                  flush=True)
        return
    tag = str(int(time.time()))
    t0 = time.time()
    with ThreadPoolExecutor(a.parallel) as pool:
        ids = list(pool.map(lambda i: create(a.port, i, tag), range(a.rules)))
    print(f"{len(ids)} rules created and approved in {time.time() - t0:.0f} s", flush=True)
    t0 = time.time()
    release = call(a.port, "POST", "/api/v1/admin/releases", "approver", {"comment": "bench", "ruleIds": ids})
    print(f"release {release['release']} with {len(ids)} rules active in {time.time() - t0:.1f} s "
          f"(compiled in {release.get('compiledInMs')} ms)", flush=True)
    if a.second_release:
        # a second release (the guards left out) to switch to and from under load
        other = call(a.port, "POST", "/api/v1/admin/releases", "approver",
                     {"comment": "bench without guards", "ruleIds": [r for i, r in enumerate(ids) if i % 100 != 99]})
        call(a.port, "POST", f"/api/v1/admin/releases/{release['release']}/activate", "approver", {})
        print(f"release {other['release']} built; release {release['release']} active again", flush=True)


if __name__ == "__main__":
    main()
