#!/usr/bin/env python3
# Whole-process wall-clock, interleaved: the empty window, --pdf, --json and the window child, in turn,
# N times; medians and ratios to the empty window. Usage: bench/wall_clock.py [BUILD_DIR] [N]
# (from the repository root, on a Release build). See docs/PERFORMANCE.md.
import os, statistics, subprocess, sys, time
B=sys.argv[1] if len(sys.argv)>1 else 'build-rel'
N=int(sys.argv[2]) if len(sys.argv)>2 else 15
os.makedirs(os.environ.get('XDG_RUNTIME_DIR', '/tmp/cc-wall-xdg'), mode=0o700, exist_ok=True)
env=dict(os.environ,QT_QPA_PLATFORM='offscreen',XDG_RUNTIME_DIR=os.environ.get('XDG_RUNTIME_DIR', '/tmp/cc-wall-xdg'))
def run(cmd):
    t=time.perf_counter(); subprocess.run(cmd,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,env=env); return (time.perf_counter()-t)*1000
E=[B+'/bench/careercompare-bench','--startup-child','empty','--db','data/careers.sqlite']
P=[B+'/src/app/careercompare','--compare','15-1252','29-1141','--pdf','/tmp/wall.pdf']
J=[B+'/src/app/careercompare','--compare','15-1252','29-1141','--json']
W=[B+'/bench/careercompare-bench','--startup-child','window','--db','data/careers.sqlite']
r={'e':[],'p':[],'j':[],'w':[]}
for i in range(N):
    r['e'].append(run(E)); r['p'].append(run(P)); r['j'].append(run(J)); r['w'].append(run(W))
for k,v in r.items(): print(k, 'median',round(statistics.median(v),1), 'min',round(min(v),1))
me=statistics.median(r['e'])
print('pdf/empty %.2f  win/empty %.2f  json/empty %.2f' % (statistics.median(r['p'])/me, statistics.median(r['w'])/me, statistics.median(r['j'])/me))
