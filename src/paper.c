#include "config.h"

#include "paper.h"

const double paper_oracle[3] = { 0.804, 0.773, 0.738 };
const double paper_local_share = 0.807;
const double paper_router_alpha[2] = { 0.8, 0.6 };
const double paper_router[2][3] = { { 0.643, 0.618, 0.590 },
	{ 0.484, 0.467, 0.445 } };
/* "Qwen3-235B on NVIDIA H200 at bs=16 (batched cloud baseline)" */
const double paper_cloud_batch = 16;
