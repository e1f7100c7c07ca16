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
	st->wide_at = UINT32_MAX;
}

void
strtab_release(struct strtab *st)
{
	free(st->bytes);
	free(st->offset32);
	free(st->offset64);
	free(st->slot);
	free(st->slot_tag);
	strtab_init(st);
}

static inline uint8_t
tag_of(uint32_t h)
{
	return (uint8_t)(h >> 24);
}

static int
same(const struct strtab *st, uint32_t id, const char *s, size_t len)
{
	const char *t = strtab_str(st, id);

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
		if (st->slot_tag[i] == tag_of(h) && same(st, v - 1, s, len))
			return v - 1;
		i = (i + 1) & mask;
	}
}

static size_t
offset_of(const struct strtab *st, uint32_t id)
{
	return st->offset64 != NULL ? st->offset64[id] : st->offset32[id];
}

/* Doubles the slots; each string's place comes from its hash again,
 * computed from its bytes (read in order of id; its length from where
 * the next one starts, since a text may hold a NUL). */
static int
grow_slots(struct strtab *st)
{
	uint32_t n = st->nslot ? st->nslot * 2 : 1024;
	uint32_t *slot = calloc(n, sizeof(*slot));
	uint8_t *tag = malloc(n);

	if (slot == NULL || tag == NULL || n < st->nslot) {
		free(slot);
		free(tag);
		return -1;
	}
	for (uint32_t id = 0; id < st->n; id++) {
		size_t at = offset_of(st, id), end = id + 1 < st->n ?
		    offset_of(st, id + 1) : st->used;
		uint32_t h = hash_bytes(st->bytes + at, end - at - 1);
		uint32_t j = h & (n - 1);
		while (slot[j] != 0)
			j = (j + 1) & (n - 1);
		slot[j] = id + 1;
		tag[j] = tag_of(h);
	}
	free(st->slot);
	free(st->slot_tag);
	st->slot = slot;
	st->slot_tag = tag;
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

/* Offsets of 64 bits from now on: the bytes pass wide_at. */
static int
widen_offsets(struct strtab *st)
{
	uint64_t *w = malloc(((size_t)st->ncap ? st->ncap : 1) * sizeof(*w));

	if (w == NULL)
		return -1;
	for (uint32_t i = 0; i < st->n; i++)
		w[i] = st->offset32[i];
	free(st->offset32);
	st->offset32 = NULL;
	st->offset64 = w;
	return 0;
}

static uint32_t
append(struct strtab *st, const char *s, size_t len, uint32_t h, uint32_t where)
{
	size_t ncap = st->ncap;
	int wide;

	if (st->n == STRTAB_NONE - 1)
		return STRTAB_NONE;
	if (reserve((void **)&st->bytes, &st->cap, st->used + len + 1, 1) < 0)
		return STRTAB_NONE;
	if (st->offset64 == NULL && st->used > st->wide_at &&
	    widen_offsets(st) < 0)
		return STRTAB_NONE;
	wide = st->offset64 != NULL;
	if (reserve(wide ? (void **)&st->offset64 : (void **)&st->offset32,
	    &ncap, (size_t)st->n + 1, wide ? sizeof(uint64_t) :
	    sizeof(uint32_t)) < 0)
		return STRTAB_NONE;
	st->ncap = (uint32_t)ncap;
	memcpy(st->bytes + st->used, s, len);
	st->bytes[st->used + len] = '\0';
	if (wide)
		st->offset64[st->n] = st->used;
	else
		st->offset32[st->n] = (uint32_t)st->used;
	st->used += len + 1;
	st->slot[where] = st->n + 1;
	st->slot_tag[where] = tag_of(h);
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
		__builtin_prefetch(&st->slot_tag[h & (st->nslot - 1)]);
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
	return st->cap + (size_t)st->ncap * (st->offset64 != NULL ? 8 : 4) +
	    (size_t)st->nslot * (sizeof(uint32_t) + 1);
}
