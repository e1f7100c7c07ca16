# the catalog as a table
cmd: $IPWSIM catalog
--- stdout
models (parameters in billions, prices in USD per 1M tokens; weights: the released precision; kv_B: KV cache bytes a context token adds, all layers, '+' when some attend to a window; state: bytes a sequence)
name                       family           total_b active_b  release weights       in      out layers      kv_B       state
Qwen3-4B                   Qwen3                  4        4  2025-04 bf16           0        0     36    147456           -
Qwen3-8B                   Qwen3                8.2      8.2  2025-04 bf16       0.035    0.138     36    147456           -
Qwen3-14B                  Qwen3               14.8     14.8  2025-04 bf16        0.06    0.124     40    163840           -
Qwen3-32B                  Qwen3               32.8     32.8  2025-04 bf16         0.1     0.45     64    262144           -
Qwen3-30B-A3B              Qwen3               30.5      3.3  2025-04 bf16           -        -     48     98304           -
Qwen3-235B-A22B            Qwen3                235       22  2025-04 bf16        0.22     0.88     94    192512           -
GPT-OSS-20B                GPT-OSS               21      3.6  2025-08 mxfp4       0.03     0.14     24     49152+          -
GPT-OSS-120B               GPT-OSS              117      5.1  2025-08 mxfp4       0.15      0.6     36     73728+          -
Gemma-3-1B                 Gemma 3                1        1  2025-03 bf16           -        -     26     26624+          -
Gemma-3-4B                 Gemma 3                4        4  2025-03 bf16           -        -     34    139264+          -
Gemma-3-12B                Gemma 3               12       12  2025-03 bf16           -        -     48    393216+          -
Gemma-3-27B                Gemma 3               27       27  2025-03 bf16           -        -     62    507904+          -
Granite-4.0-H-Small        Granite 4.0           32        9  2025-10 bf16           -        -      -         -           -
Granite-4.0-H-Tiny         Granite 4.0            7        1  2025-10 bf16           -        -      -         -           -
Granite-4.0-H-Micro        Granite 4.0            3        3  2025-10 bf16           -        -      -         -           -
Llama-3.1-8B               Llama 3.1           8.03     8.03  2024-07 bf16           -        -     32    131072           -
Mixtral-8x7B               Mixtral             46.7     12.9  2023-12 bf16           -        -     32    131072           -
Llama-4-Maverick-17B-128E  Llama 4              400       17  2025-04 bf16           -        -     48    196608+          -
Llama-4-Scout-17B-16E      Llama 4              109       17  2025-04 bf16           -        -     48    196608+          -
DeepSeek-V3.1              DeepSeek-V3          671       37  2025-08 fp8            -        -     61     70272           -
DeepSeek-R1-0528           DeepSeek-V3          671       37  2025-05 fp8            -        -     61     70272           -
Llama-3.1-70B              Llama 3.1           70.6     70.6  2024-07 bf16           -        -     80    327680           -
Llama-3.3-70B              Llama 3.3           70.6     70.6  2024-12 bf16           -        -     80    327680           -
Llama-3.1-405B             Llama 3.1            405      405  2024-07 bf16           -        -    126    516096           -
Nemotron-Nano-9B-v2        Nemotron Nano 2        9        9  2025-08 bf16           -        -     56     16384   141557760
Nemotron-Nano-12B-v2       Nemotron Nano 2       12       12  2025-08 bf16           -        -     62     24576   146800640
Gemma-2-2B                 Gemma 2             2.61     2.61  2024-07 bf16           -        -     26    106496+          -
Gemma-2-9B                 Gemma 2             9.24     9.24  2024-06 bf16           -        -     42    344064+          -
Gemma-2-27B                Gemma 2             27.2     27.2  2024-06 bf16           -        -     46    376832+          -
Phi-3-mini-4k              Phi-3               3.82     3.82  2024-04 bf16           -        -     32    393216           -
Phi-3-small-8k             Phi-3               7.39     7.39  2024-05 bf16           -        -     32    131072           -
Phi-3-medium-4k            Phi-3                 14       14  2024-05 bf16           -        -     40    204800           -
Mistral-7B-v0.3            Mistral             7.25     7.25  2024-05 bf16           -        -     32    131072           -
Mistral-Nemo-12B           Mistral             12.2     12.2  2024-07 bf16           -        -     40    163840           -
Mistral-Large-2407         Mistral              123      123  2024-07 bf16           -        -     88    360448           -
Mixtral-8x22B              Mixtral              141       39  2024-04 bf16           -        -     56    229376           -

accelerators (GB, GB/s, dense BF16 TFLOP/s, W; idle: one device; sys_idle, sys_active: a local device's whole system)
name                     tier   memory  bandwid     peak     tdp    idle basis     sys_idle sys_active
Apple-M4-Max             local     128      546        -       -       9 assumed          9        179
AMD-Ryzen-AI-Max-395     local     128      256        -     120       9 assumed          9        140
NVIDIA-H100              cloud      80     3350      989     700    80.3 assumed          -          -
NVIDIA-H200              cloud     141     4800      989     700    80.3 measured         -          -
NVIDIA-B200              cloud     192     8000     2250    1000   114.7 assumed          -          -
NVIDIA-A100-40GB         cloud      40     1555      312     400    45.9 assumed          -          -
NVIDIA-A100-80GB         cloud      80     2039      312     400    45.9 assumed          -          -
NVIDIA-L40S              cloud      48      864    362.1     350    40.1 assumed          -          -
AMD-MI300X               cloud     192     5300     1307     750      86 assumed          -          -
SambaNova-SN40L          cloud      64     1600      638     500    57.4 assumed          -          -
NVIDIA-RTX-6000-Ada      local      48      960      364     300    34.4 assumed          -          -
NVIDIA-Quadro-RTX-6000   local      24      672    130.5     295    33.8 assumed          -          -

basis: measured (a public measurement), vendor (a vendor's figure) or assumed (its source, in --format csv or json, says how it was made)
--- stderr
