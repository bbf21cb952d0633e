#!/usr/bin/env python3
"""GETs over one kept-alive HTTP connection, for bench/run's misses.

Reads one path per line on stdin, answers each with the seconds the GET took (request sent to body
read), one per line. The connection stays open between requests, as wrk's one connection does for
the hits and a browser's does between pages; when the server closes it (Tomcat after 100 requests)
it is opened again on the next one. Usage: one-connection.py HOST PORT
"""
import http.client
import sys
import time

host, port = sys.argv[1], int(sys.argv[2])
connection = http.client.HTTPConnection(host, port, timeout=60)
for line in sys.stdin:
    path = line.strip()
    if not path:
        continue
    started = time.perf_counter()
    try:
        connection.request("GET", path, headers={"Accept": "*/*"})
        answer = connection.getresponse()
        answer.read()
        if answer.getheader("Connection", "").lower() == "close":
            connection.close()
    except (http.client.HTTPException, OSError):
        # A connection the server had closed while idle: once more on a new one.
        connection.close()
        started = time.perf_counter()
        connection.request("GET", path, headers={"Accept": "*/*"})
        connection.getresponse().read()
    print("%.6f" % (time.perf_counter() - started), flush=True)
