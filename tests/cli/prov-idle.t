# Idle energy is modelled, in the accelerator's scope (prov-mixed.jsonl,
# oracle: q1 local 10 J in 1 s, measured/package; q2 cloud 200 J
# unstated).
# dedicated, 5 W idle, 8640 queries a day over 24 h: 10 on-seconds a
# query, q1 adds 5 x (10 - 1) = 45 J: local 55 J = measured 10 (0.181818)
# + modelled 45 (0.818182); package 10/55, accelerator 45/55. All: 255 J,
# measured 10/255 = 0.0392157, modelled 45/255 = 0.176471, unstated
# 200/255 = 0.784314.
# marginal: q1 is 10 - 5 x 1 = 5 J, all of it modelled (idle power taken
# off), in the cell's package scope: all 205 J, modelled 5/205 =
# 0.0243902, unstated 200/205 = 0.975610.
cmd: $IPWSIM simulate --bootstrap 0 --format csv --local-mode dedicated --local-idle-w 5 --local-queries-per-day 8640 --local-on-hours 24 prov-mixed.jsonl | cut -d, -f1,2,7,46- | grep '^oracle'; $IPWSIM simulate --bootstrap 0 --format csv --local-mode marginal --local-idle-w 5 prov-mixed.jsonl | cut -d, -f1,2,7,46- | grep '^oracle'
--- stdout
oracle,all,255,0.03921568627,0,0.1764705882,0,0.7843137255,0.1764705882,0.03921568627,0,0,0.7843137255,,,
oracle,Qwen3-8B@Apple-M4-Max,55,0.1818181818,0,0.8181818182,0,0,0.8181818182,0.1818181818,0,0,0,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,200,0,0,0,0,1,0,0,0,0,1,,,
oracle,all,205,0,0,0.0243902439,0,0.9756097561,0,0.0243902439,0,0,0.9756097561,,,
oracle,Qwen3-8B@Apple-M4-Max,5,0,0,1,0,0,0,1,0,0,0,,,
oracle,Qwen3-235B-A22B@NVIDIA-H200,200,0,0,0,0,1,0,0,0,0,1,,,
--- stderr
