# the catalog as a table
cmd: $IPWSIM catalog
--- stdout
models (parameters in billions, prices in USD per 1M tokens; kv_B: KV cache bytes a context token adds, all layers, '+' when some attend to a window; state: bytes a sequence)
name                       family           total_b active_b  release       in      out layers      kv_B       state
Qwen3-4B                   Qwen3                  4        4  2025-04        0        0     36    147456           -
Qwen3-8B                   Qwen3                8.2      8.2  2025-04    0.035    0.138     36    147456           -
Qwen3-14B                  Qwen3               14.8     14.8  2025-04     0.06    0.124     40    163840           -
Qwen3-32B                  Qwen3               32.8     32.8  2025-04      0.1     0.45     64    262144           -
Qwen3-30B-A3B              Qwen3               30.5      3.3  2025-04        -        -     48     98304           -
Qwen3-235B-A22B            Qwen3                235       22  2025-04     0.22     0.88     94    192512           -
GPT-OSS-20B                GPT-OSS               21      3.6  2025-08     0.03     0.14     24     49152+          -
GPT-OSS-120B               GPT-OSS              117      5.1  2025-08     0.15      0.6     36     73728+          -
Gemma-3-1B                 Gemma 3                1        1  2025-03        -        -     26     26624+          -
Gemma-3-4B                 Gemma 3                4        4  2025-03        -        -     34    139264+          -
Gemma-3-12B                Gemma 3               12       12  2025-03        -        -     48    393216+          -
Gemma-3-27B                Gemma 3               27       27  2025-03        -        -     62    507904+          -
Granite-4.0-H-Small        Granite 4.0           32        9  2025-10        -        -      -         -           -
Granite-4.0-H-Tiny         Granite 4.0            7        1  2025-10        -        -      -         -           -
Granite-4.0-H-Micro        Granite 4.0            3        3  2025-10        -        -      -         -           -
Llama-3.1-8B               Llama 3.1           8.03     8.03  2024-07        -        -     32    131072           -
Mixtral-8x7B               Mixtral             46.7     12.9  2023-12        -        -     32    131072           -
Llama-4-Maverick-17B-128E  Llama 4              400       17  2025-04        -        -     48    196608+          -
Llama-4-Scout-17B-16E      Llama 4              109       17  2025-04        -        -     48    196608+          -
DeepSeek-V3.1              DeepSeek-V3          671       37  2025-08        -        -     61     70272           -
DeepSeek-R1-0528           DeepSeek-V3          671       37  2025-05        -        -     61     70272           -
Llama-3.1-70B              Llama 3.1           70.6     70.6  2024-07        -        -     80    327680           -
Llama-3.3-70B              Llama 3.3           70.6     70.6  2024-12        -        -     80    327680           -
Llama-3.1-405B             Llama 3.1            405      405  2024-07        -        -    126    516096           -
Nemotron-Nano-9B-v2        Nemotron Nano 2        9        9  2025-08        -        -     56     16384   141557760
Nemotron-Nano-12B-v2       Nemotron Nano 2       12       12  2025-08        -        -     62     24576   146800640

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
