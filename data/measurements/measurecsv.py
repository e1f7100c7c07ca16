"""What the derive-*.py scripts here share: a model's architecture
columns and the CSV they write."""
import csv


def arch_columns(experts, experts_active, layers, kv_heads, head_dim):
    """experts, experts_active, num_layers and kv_bytes_per_token (2 (K
    and V) x layers x KV heads x head dim x 2 bytes: a 16-bit cache)."""
    return {"experts": experts or "", "experts_active": experts_active or "",
            "num_layers": layers,
            "kv_bytes_per_token": 2 * layers * kv_heads * head_dim * 2}


def write(path, cols, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
