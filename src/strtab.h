/* String interning: each distinct string is stored once and named by a
 * dense id (0, 1, 2, ...), so tables hold 4-byte ids instead of strings
 * and an id can index a plain array. */
#ifndef IPW_STRTAB_H
#define IPW_STRTAB_H

#include <stddef.h>
#include <stdint.h>

#define STRTAB_NONE UINT32_MAX

struct strtab {
	char *bytes;		/* all strings, each NUL-terminated */
	size_t used, cap;
	/* id -> offset into bytes: 32 bits while the bytes end at or
	 * below wide_at (UINT32_MAX; a test sets it lower), then 64 (the
	 * offsets copied once, the narrow ones freed) */
	uint32_t *offset32;
	uint64_t *offset64;
	uint64_t wide_at;
	uint32_t n, ncap;
	uint32_t *slot;		/* open addressing: id + 1, 0 = empty */
	uint8_t *slot_tag;	/* the hash's top 8 bits: most strings that
				 * differ are told apart without reading
				 * them */
	uint32_t nslot;		/* power of two */
};

void strtab_init(struct strtab *st);
void strtab_release(struct strtab *st);
/* Returns the id of s[0..len), adding it if new; STRTAB_NONE when out of
 * memory or the table is full. */
uint32_t strtab_intern(struct strtab *st, const char *s, size_t len);
/* The hash strtab_intern files s[0..len) under, to compute where the
 * string is (a reading thread) and intern it elsewhere (the committing
 * one) by the next two. */
uint32_t strtab_hash(const char *s, size_t len);
/* strtab_intern with h = strtab_hash(s, len) given. */
uint32_t strtab_intern_hashed(struct strtab *st, const char *s, size_t len,
    uint32_t h);
/* Asks the memory for the slot hash h probes first: a hint, nothing
 * changes. */
void strtab_prefetch(const struct strtab *st, uint32_t h);
/* Returns the id, or STRTAB_NONE if s was never interned. */
uint32_t strtab_find(const struct strtab *st, const char *s, size_t len);
/* The string of id, or NULL for STRTAB_NONE or an id never given. */
static inline const char *
strtab_str(const struct strtab *st, uint32_t id)
{
	if (id == STRTAB_NONE || id >= st->n)
		return NULL;
	return st->bytes + (st->offset64 != NULL ? st->offset64[id] :
	    st->offset32[id]);
}
/* FNV-1a, 64 bit, of a NUL-terminated string: a stable key for a query
 * id or a text across runs, files and shards. */
uint64_t strtab_hash64(const char *s);
/* The same of s[0..len). */
uint64_t strtab_hash64n(const char *s, size_t len);
/* The 0-based shard of n that a query id falls in: its hash, mixed, mod
 * n, so the parts do not depend on the order of the records. */
uint32_t strtab_shard(const char *id, size_t len, uint32_t n);
/* Bytes held, for memory reports. */
size_t strtab_memory(const struct strtab *st);

#endif
