#!/usr/bin/env python3
"""The floor under bench/run's misses: what an answer costs in the same place of the sequence when
there is nothing to compute.

bench/run measures a miss as: a write through the API (its password check takes some 70 ms of CPU),
then the reference, then the page, over one kept-alive connection. Here the write is refused: it
signs in as a user that does not exist, so the same password check runs (against a stand-in hash,
as for any unknown name), nothing changes and no account is locked (wrong passwords for a real
account would lock it). The page that follows is answered from the page cache, and the figure is
what any answer costs at that point. Also, for comparison, each path after plain
pauses of the given lengths (the machine idle before), and hot (one request after another).
p50 in ms of N views each.

Usage: miss-floor.py HOST PORT [--n 40] [--pauses 10,80,300] PATH...
"""
import argparse
import base64
import http.client
import statistics
import time

parser = argparse.ArgumentParser()
parser.add_argument("host")
parser.add_argument("port", type=int)
parser.add_argument("paths", nargs="+")
parser.add_argument("--n", type=int, default=40)
parser.add_argument("--pauses", default="10,80,300")
parser.add_argument("--reference", default="/actuator/health")
args = parser.parse_args()

viewer = http.client.HTTPConnection(args.host, args.port, timeout=60)
writer = http.client.HTTPConnection(args.host, args.port, timeout=60)
nobody = "Basic " + base64.b64encode(b"miss-floor-no-such-user:x").decode()


def view(path):
    started = time.perf_counter()
    viewer.request("GET", path, headers={"Accept": "*/*"})
    viewer.getresponse().read()
    return (time.perf_counter() - started) * 1000


def refused_write():
    writer.request("POST", "/api/v1/sources", body='{"title":"refused"}',
                   headers={"Authorization": nobody, "Content-Type": "application/json"})
    answer = writer.getresponse()
    answer.read()
    if answer.status != 401:
        raise SystemExit("the write was not refused (%d)" % answer.status)


def p50(times):
    return "%.2f" % statistics.median(times)


for path in args.paths + [args.reference]:  # the code and the page cache warm, as for bench/run's hits
    for _ in range(100):
        view(path)
print("%-34s %8s %8s %14s" % ("path", "hot", "ref", "after write") + "".join(" %9s" % ("idle %s" % p) for p in args.pauses.split(",")))
for path in args.paths:
    hot = [view(path) for _ in range(args.n)]
    refs, after = [], []
    for _ in range(args.n):
        refused_write()
        refs.append(view(args.reference))
        after.append(view(path))
    idle = []
    for pause in [int(p) for p in args.pauses.split(",")]:
        times = []
        for _ in range(args.n):
            time.sleep(pause / 1000)
            times.append(view(path))
        idle.append(p50(times))
    print("%-34s %8s %8s %14s" % (path[:34], p50(hot), p50(refs), p50(after)) + "".join(" %9s" % i for i in idle))
