# savings against cloud utilization with the break-even
cmd: $IPWSIM curve savings-utilization --cloud-idle-w 5000 --break-even-target 0.6 ../../traces/example.jsonl
--- stdout
series                                x label                                       y
energy                             0.01                                        0.6159
energy                          0.13375                                        0.6082
energy                           0.2575                                        0.5998
energy                          0.38125                                        0.5905
energy                            0.505                                        0.5803
energy                          0.62875                                        0.5689
energy                           0.7525                                        0.5562
energy                          0.87625                                         0.542
energy                                1                                        0.5259
compute                            0.01                                        0.5937
compute                         0.13375                                        0.5937
compute                          0.2575                                        0.5937
compute                         0.38125                                        0.5937
compute                           0.505                                        0.5937
compute                         0.62875                                        0.5937
compute                          0.7525                                        0.5937
compute                         0.87625                                        0.5937
compute                               1                                        0.5937
cost                               0.01                                        0.5437
cost                            0.13375                                        0.5437
cost                             0.2575                                        0.5437
cost                            0.38125                                        0.5437
cost                              0.505                                        0.5437
cost                            0.62875                                        0.5437
cost                             0.7525                                        0.5437
cost                            0.87625                                        0.5437
cost                                  1                                        0.5437
break-even (energy saving 0): 0.254117
--- stderr
