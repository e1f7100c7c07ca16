# every value has a source: the H200 rows
cmd: $IPWSIM catalog --format csv | grep '^accelerator,NVIDIA-H200,'
--- stdout
accelerator,NVIDIA-H200,memory_gb,141,,"Saad-Falcon et al., Intelligence per Watt, arXiv 2511.07885 v4, Table 7"
accelerator,NVIDIA-H200,bandwidth_gbs,4800,,"Saad-Falcon et al., Intelligence per Watt, arXiv 2511.07885 v4, Table 7"
accelerator,NVIDIA-H200,peak_tflops_bf16,989,,"NVIDIA H200 Tensor Core GPU datasheet (SXM): 989 TFLOPS dense BF16 (1,979 with sparsity)"
accelerator,NVIDIA-H200,tdp_w,700,,"Saad-Falcon et al., Intelligence per Watt, arXiv 2511.07885 v4, Table 7"
accelerator,NVIDIA-H200,idle_w,80.3,measured,"Serial Alice, GPU Energy Benchmark (api.serialalice.pt/alice-benchmark, June 2026): NVIDIA H200 SXM 141 GB read by NVML in a Phala confidential VM, 80.3 W idle against 592.8 W under a vLLM load; idle with the model loaded, one device, one public benchmark"
accelerator,NVIDIA-H200,price_per_hour_usd,,,unknown: not yet sourced; add it with --catalog FILE
accelerator,NVIDIA-H200,device_price_usd,,,unknown: not yet sourced; add it with --catalog FILE
accelerator,NVIDIA-H200,lifetime_years,,,unknown: not yet sourced; add it with --catalog FILE
accelerator,NVIDIA-H200,pue,,,"unknown here: facility overhead is a what-if parameter, not a device property"
--- stderr
