#include "config.h"

#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL	/* the short keys want it inlined */
#include <xxhash.h>

#include "strtab.h"

/* XXH3 (libxxhash's header, inlined), its low 32 bits: faster than the
 * FNV-1a byte loop it replaced on ids of a few bytes (2.5 against 3.5 ns)
 * and five times on UUIDs (4 against 22 ns; bench/README.md). */
static uint32_t
hash_bytes(const char *s, size_t len)
{
	return (uint32_t)XXH3_64bits(s, len);
}

void
strtab_init(struct strtab *st)
{
	memset(st, 0, sizeof(*st));
}

void
strtab_release(struct strtab *st)
{
	free(st->bytes);
	free(st->offset);
	free(st->slot);
	free(st->slot_hash);
	memset(st, 0, sizeof(*st));
}

static int
same(const struct strtab *st, uint32_t id, const char *s, size_t len)
{
	const char *t = st->bytes + st->offset[id];

	return memcmp(t, s, len) == 0 && t[len] == '\0';
}

static uint32_t
lookup(const struct strtab *st, const char *s, size_t len, uint32_t h,
    uint32_t *where)
{
	uint32_t mask = st->nslot - 1;
	uint32_t i = h & mask;

	for (;;) {
		uint32_t v = st->slot[i];
		if (v == 0) {
			*where = i;
			return STRTAB_NONE;
		}
		if (st->slot_hash[i] == h && same(st, v - 1, s, len))
			return v - 1;
		i = (i + 1) & mask;
	}
}

static int
grow_slots(struct strtab *st)
{
	uint32_t n = st->nslot ? st->nslot * 2 : 1024;
	uint32_t *slot = calloc(n, sizeof(*slot));
	uint32_t *hash = calloc(n, sizeof(*hash));

	if (slot == NULL || hash == NULL || n < st->nslot) {
		free(slot);
		free(hash);
		return -1;
	}
	for (uint32_t i = 0; i < st->nslot; i++) {
		uint32_t j;
		if (st->slot[i] == 0)
			continue;
		j = st->slot_hash[i] & (n - 1);
		while (slot[j] != 0)
			j = (j + 1) & (n - 1);
		slot[j] = st->slot[i];
		hash[j] = st->slot_hash[i];
	}
	free(st->slot);
	free(st->slot_hash);
	st->slot = slot;
	st->slot_hash = hash;
	st->nslot = n;
	return 0;
}

static int
reserve(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t n = *cap ? *cap : 256;
	void *q;

	if (need <= *cap)
		return 0;
	while (n < need)
		n *= 2;
	q = realloc(*p, n * elem);
	if (q == NULL)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

static uint32_t
append(struct strtab *st, const char *s, size_t len, uint32_t h, uint32_t where)
{
	size_t ncap = st->ncap;

	if (st->n == STRTAB_NONE - 1)
		return STRTAB_NONE;
	if (reserve((void **)&st->bytes, &st->cap, st->used + len + 1, 1) < 0 ||
	    reserve((void **)&st->offset, &ncap, (size_t)st->n + 1,
	    sizeof(*st->offset)) < 0)
		return STRTAB_NONE;
	st->ncap = (uint32_t)ncap;
	memcpy(st->bytes + st->used, s, len);
	st->bytes[st->used + len] = '\0';
	st->offset[st->n] = st->used;
	st->used += len + 1;
	st->slot[where] = st->n + 1;
	st->slot_hash[where] = h;
	return st->n++;
}

uint32_t
strtab_hash(const char *s, size_t len)
{
	return hash_bytes(s, len);
}

void
strtab_prefetch(const struct strtab *st, uint32_t h)
{
	if (st->nslot > 0) {
		__builtin_prefetch(&st->slot[h & (st->nslot - 1)]);
		__builtin_prefetch(&st->slot_hash[h & (st->nslot - 1)]);
	}
}

uint32_t
strtab_intern(struct strtab *st, const char *s, size_t len)
{
	return strtab_intern_hashed(st, s, len, hash_bytes(s, len));
}

uint32_t
strtab_intern_hashed(struct strtab *st, const char *s, size_t len,
    uint32_t h)
{
	uint32_t where, id;

	/* Keep the load factor at or below one half. */
	if ((uint64_t)(st->n + 1) * 2 > st->nslot && grow_slots(st) < 0)
		return STRTAB_NONE;
	id = lookup(st, s, len, h, &where);
	if (id != STRTAB_NONE)
		return id;
	return append(st, s, len, h, where);
}

uint32_t
strtab_find(const struct strtab *st, const char *s, size_t len)
{
	uint32_t where;

	if (st->nslot == 0)
		return STRTAB_NONE;
	return lookup(st, s, len, hash_bytes(s, len), &where);
}

uint64_t
strtab_hash64(const char *s)
{
	return strtab_hash64n(s, strlen(s));
}

uint64_t
strtab_hash64n(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ull;

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

uint32_t
strtab_shard(const char *id, size_t len, uint32_t n)
{
	uint64_t h = strtab_hash64n(id, len);

	/* splitmix64's finalizer: FNV's low bits alone split poorly */
	h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
	h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
	h ^= h >> 31;
	return (uint32_t)(h % n);
}

size_t
strtab_memory(const struct strtab *st)
{
	return st->cap + (size_t)st->ncap * sizeof(*st->offset) +
	    (size_t)st->nslot * 2 * sizeof(uint32_t);
}
