#!/usr/bin/env python3
# Whole-process wall-clock, interleaved: the empty window, --pdf, --json and the window child, in turn,
# N times; medians and ratios to the empty window. Usage: bench/wall_clock.py [BUILD_DIR] [N]
# (from the repository root, on a Release build). See docs/PERFORMANCE.md.
# The two window children print when their window is drawn ("painted NS", CLOCK_MONOTONIC, the clock
# time.monotonic_ns() reads): start-up is measured to that moment ('e', 'w'), and to the process's
# exit beside it ('e_whole', 'w_whole'). The PDF and JSON commands are measured to their exit.
import os, statistics, subprocess, sys, time
B=sys.argv[1] if len(sys.argv)>1 else 'build-rel'
N=int(sys.argv[2]) if len(sys.argv)>2 else 15
os.makedirs(os.environ.get('XDG_RUNTIME_DIR', '/tmp/cc-wall-xdg'), mode=0o700, exist_ok=True)
env=dict(os.environ,QT_QPA_PLATFORM='offscreen',XDG_RUNTIME_DIR=os.environ.get('XDG_RUNTIME_DIR', '/tmp/cc-wall-xdg'))
def run(cmd):
    start=time.monotonic_ns()
    out=subprocess.run(cmd,stdout=subprocess.PIPE,stderr=subprocess.DEVNULL,env=env).stdout.split()
    whole=(time.monotonic_ns()-start)/1e6
    painted=(int(out[1])-start)/1e6 if len(out)==2 and out[0]==b'painted' else None
    return whole, painted
E=[B+'/bench/careercompare-bench','--startup-child','empty','--db','data/careers.sqlite']
P=[B+'/src/app/careercompare','--compare','15-1252','29-1141','--pdf','/tmp/wall.pdf']
J=[B+'/src/app/careercompare','--compare','15-1252','29-1141','--json']
W=[B+'/bench/careercompare-bench','--startup-child','window','--db','data/careers.sqlite']
r={'e':[],'e_whole':[],'p':[],'j':[],'w':[],'w_whole':[]}
for i in range(N):
    w,p=run(E); r['e_whole'].append(w); r['e'].append(p)
    r['p'].append(run(P)[0]); r['j'].append(run(J)[0])
    w,p=run(W); r['w_whole'].append(w); r['w'].append(p)
for k,v in r.items(): print(k, 'median',round(statistics.median(v),1), 'min',round(min(v),1))
me=statistics.median(r['e']); mew=statistics.median(r['e_whole'])
print('pdf/empty %.2f  win/empty %.2f  json/empty %.2f  (to exit: pdf/empty %.2f  win/empty %.2f)' % (
    statistics.median(r['p'])/me, statistics.median(r['w'])/me, statistics.median(r['j'])/me,
    statistics.median(r['p'])/mew, statistics.median(r['w_whole'])/mew))
