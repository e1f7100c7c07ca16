/* The Intelligence-per-Watt paper's published routing numbers
 * (arXiv 2511.07885, Figure 4; ../shared/PAPER.md), which curve and
 * reproduce draw next to ipwsim's. Savings are fractions, by metric:
 * energy, compute, cost. */
#ifndef IPW_PAPER_H
#define IPW_PAPER_H

/* The oracle's savings and its local share. */
extern const double paper_oracle[3];
extern const double paper_local_share;
/* Routers of accuracy paper_router_alpha[i]: their savings. */
extern const double paper_router_alpha[2];
extern const double paper_router[2][3];
/* The cloud's batch size behind those savings. The paper counts no idle
 * power, local or cloud: its savings stand at local idle 0 W and cloud
 * utilization 1. */
extern const double paper_cloud_batch;

#endif
